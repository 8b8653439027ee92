{
  // If the WebAssembly ever stops (a Rust panic aborts with a trap, as does
  // running out of memory), the page can no longer react: say so plainly
  // and offer a reload, rather than leave controls that do nothing. The
  // notice's words are the guide's, in an inert template (main.rs).
  const showCrashNotice = () => {
    const template = document.getElementById("crash-notice-template");
    if (!template || document.getElementById("crash-notice")) return;
    const notice = template.content.firstElementChild.cloneNode(true);
    notice.id = "crash-notice";
    const reload = notice.querySelector("button");
    reload.addEventListener("click", () => location.reload());
    document.body.prepend(notice);
    reload.focus();
  };
  const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
  addEventListener("error", (event) => isTrap(event.error) && showCrashNotice());
  addEventListener("unhandledrejection", (event) => isTrap(event.reason) && showCrashNotice());

  // The wasm's bytes from its data block (see byte_text in main.rs): the
  // browser writes the text into the tiny decoder's memory as UTF-8, and
  // the decoder (text_decoder.rs; its bytes are TEXT_DECODER, written by
  // main.rs) turns that back into the bytes, in place, far sooner than a
  // loop here would.
  const wasmBytes = (text) => {
    const { memory, decode } = new WebAssembly.Instance(new WebAssembly.Module(TEXT_DECODER)).exports;
    // UTF-8 takes at most three bytes for each character of a string.
    memory.grow(Math.ceil((text.length * 3) / 65536));
    const utf8 = new Uint8Array(memory.buffer);
    const { written } = new TextEncoder().encodeInto(text, utf8);
    return utf8.subarray(0, decode(written));
  };

  try {
    // The data blocks stand in the guide, before the steps, so that the top
    // of the page is painted before they are read (page_file.rs). The wasm
    // takes over the guide alone: they move out of it, and stay in the
    // page, where a saved copy of it needs them. (In the try: a page that
    // lost the wasm's block gets the crash notice.)
    document.getElementById("app").after(...document.querySelectorAll("#app-markup, #app-wasm"));
    const wasm = document.getElementById("app-wasm");
    await __wbg_init({ module_or_path: wasmBytes(wasm.text) });
  } catch (error) {
    showCrashNotice();
    throw error;
  }
}
