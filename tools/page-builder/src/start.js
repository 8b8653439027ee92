{
  // If the WebAssembly ever stops (a Rust panic aborts with a trap, as does
  // running out of memory), the page can no longer react: say so plainly
  // and offer a reload, rather than leave controls that do nothing.
  const showCrashNotice = () => {
    if (document.getElementById("crash-notice")) return;
    const notice = document.createElement("div");
    notice.id = "crash-notice";
    notice.className = "crash-notice";
    notice.setAttribute("role", "alert");
    const text = document.createElement("p");
    text.textContent = "Something went wrong, and this page stopped working. Reload it to carry on: what you saved is kept.";
    const reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = "Reload the page";
    reload.addEventListener("click", () => location.reload());
    notice.append(text, reload);
    document.body.prepend(notice);
    reload.focus();
  };
  const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
  addEventListener("error", (event) => isTrap(event.error) && showCrashNotice());
  addEventListener("unhandledrejection", (event) => isTrap(event.reason) && showCrashNotice());

  try {
    // The wasm, one character per byte, with NUL and CR trading places
    // with 0x1F and 0x19, and `~` (126) escaping the next character XOR 64
    // (see byte_text in main.rs).
    const text = document.getElementById("app-wasm").text;
    const byteOf = Uint8Array.from({ length: 256 }, (_, code) => code);
    [byteOf[0], byteOf[31], byteOf[13], byteOf[25]] = [31, 0, 25, 13];
    const bytes = new Uint8Array(text.length);
    let length = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes[length++] = byteOf[code === 126 ? text.charCodeAt(++i) ^ 64 : code];
    }
    await __wbg_init({ module_or_path: bytes.subarray(0, length) });
  } catch (error) {
    showCrashNotice();
    throw error;
  }
}
