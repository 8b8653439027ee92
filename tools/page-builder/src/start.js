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

  // The wasm, one character per byte (see js_byte_string).
  const text = WASM_BYTES;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    await __wbg_init({ module_or_path: bytes });
  } catch (error) {
    showCrashNotice();
    throw error;
  }
}
