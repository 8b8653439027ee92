use leptos::html::Textarea;
use leptos::prelude::*;

use crate::clipboard;
use crate::page_guide::guide;

/// A text ready to copy into a message to support, with a Copy button.
/// Hidden while there is nothing to say.
#[component]
pub fn CopyBox(text: Memo<String>) -> impl IntoView {
    let words = &guide().support;
    let area = NodeRef::<Textarea>::new();
    // None until the user copies; then whether it worked.
    let copied = RwSignal::new(None::<bool>);
    // A changed text has not been copied yet.
    Effect::new(move |_| {
        text.track();
        copied.set(None);
    });
    let copy = move |_| {
        let Some(area) = area.get() else { return };
        // Selected, the text can still be copied by hand where the page may not.
        area.select();
        let value = area.value();
        leptos::task::spawn_local(async move { copied.set(Some(clipboard::copy(&value).await)) });
    };
    let status = move || match copied.get() {
        Some(true) => words.copied.as_str(),
        Some(false) => words.copy_failed.as_str(),
        None => "",
    };
    view! {
        <div class="copy-box with-controls" hidden=move || text.with(String::is_empty)>
            <h3 id="copy-box-title">{words.summary_heading.as_str()}</h3>
            <textarea node_ref=area readonly rows="4" aria-labelledby="copy-box-title" prop:value=text></textarea>
            <p class="copy-actions">
                <button type="button" class="secondary" on:click=copy>{words.copy.as_str()}</button>
                <span class="copied" aria-live="polite">{status}</span>
            </p>
        </div>
    }
}
