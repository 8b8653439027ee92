use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::guide_static::guide;

/// A text ready to copy into a message to support, with a Copy button.
/// Hidden while there is nothing to say.
#[component]
pub fn CopyBox(text: Signal<String>) -> impl IntoView {
    let words = &guide().support;
    let area = NodeRef::<Textarea>::new();
    let copied = RwSignal::new(false);
    // A changed text has not been copied yet.
    Effect::new(move |_| {
        text.track();
        copied.set(false);
    });
    let copy = move |_| {
        let Some(area) = area.get() else { return };
        // Selected, the text can still be copied by hand where the page may
        // not write to the clipboard (an embedding frame may forbid it).
        area.select();
        let Some(clipboard) = clipboard() else { return };
        let written = JsFuture::from(clipboard.write_text(&area.value()));
        leptos::task::spawn_local(async move { copied.set(written.await.is_ok()) });
    };
    view! {
        <div class="copy-box with-controls" hidden=move || text.with(String::is_empty)>
            <h3 id="copy-box-title">{words.summary_heading.as_str()}</h3>
            <textarea node_ref=area readonly rows="4" aria-labelledby="copy-box-title" prop:value=text></textarea>
            <p class="copy-actions">
                <button type="button" class="secondary" on:click=copy>{words.copy.as_str()}</button>
                <span class="copied" aria-live="polite">{move || copied.get().then_some(words.copied.as_str())}</span>
            </p>
        </div>
    }
}

/// The clipboard, where the browser offers one: only secure pages have it,
/// and calling into a missing one would throw through the page's wasm.
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!clipboard.is_undefined() && !clipboard.is_null()).then(|| clipboard.unchecked_into())
}
