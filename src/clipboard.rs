//! The clipboard, where the browser offers one: only secure pages have it,
//! and an embedding frame may forbid it. Calling into a missing one would
//! throw through the page's wasm, so it is looked up first.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Writes `text` to the clipboard; says whether it could.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = clipboard() else { return false };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!clipboard.is_undefined() && !clipboard.is_null()).then(|| clipboard.unchecked_into())
}
