{
  // The ids (APP_ID and the like) are the lib's (src/element_id.rs), put in
  // place by main.rs. The notices' words are the guide's, in inert
  // templates (main.rs).
  const notice = (id) => document.getElementById(id)?.content.firstElementChild.cloneNode(true);

  // If the WebAssembly ever stops (a Rust panic aborts with a trap, as does
  // running out of memory), the page can no longer react: say so plainly
  // and offer a reload, rather than leave controls that do nothing.
  const showCrashNotice = () => {
    const crash = notice(CRASH_NOTICE_TEMPLATE_ID);
    if (!crash || document.getElementById(CRASH_NOTICE_ID)) return;
    crash.id = CRASH_NOTICE_ID;
    const reload = crash.querySelector("button");
    reload.addEventListener("click", () => location.reload());
    document.body.prepend(crash);
    reload.focus();
  };

  // Without WebAssembly at all (Safari in Lockdown Mode, or a browser that
  // blocks it), nothing broke: the guide is there to read. Say what is off
  // and why, and hide the controls that cannot work (style/main.css).
  const showNoWasmNotice = () => {
    document.documentElement.classList.add("no-wasm");
    const shown = notice(NO_WASM_NOTICE_TEMPLATE_ID);
    if (shown) (document.getElementById(MAIN_ID) ?? document.body).prepend(shown);
  };

  const hasWasm = typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";
  const isTrap = (error) => hasWasm && error instanceof WebAssembly.RuntimeError;
  addEventListener("error", (event) => isTrap(event.error) && showCrashNotice());
  addEventListener("unhandledrejection", (event) => isTrap(event.reason) && showCrashNotice());

  // The wasm's bytes from its data block (see src/byte_text.rs): the
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

  if (!hasWasm) {
    showNoWasmNotice();
  } else {
    try {
      // The data blocks stand in the guide, before the steps, so that the top
      // of the page is painted before they are read (page_file.rs). The wasm
      // takes over the guide alone: they move out of it, and stay in the
      // page, where a saved copy of it needs them. (In the try: a page that
      // lost the wasm's block gets the crash notice.)
      document.getElementById(APP_ID).after(...document.querySelectorAll(`#${CLEAN_MARKUP_ID}, #${WASM_BLOCK_ID}`));
      const wasm = document.getElementById(WASM_BLOCK_ID);
      await __wbg_init({ module_or_path: wasmBytes(wasm.text) });
    } catch (error) {
      showCrashNotice();
      throw error;
    }
  }
}
