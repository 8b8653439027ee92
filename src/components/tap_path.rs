use leptos::prelude::*;

/// Where to tap, as a breadcrumb: Settings › your name › iCloud. Screen
/// readers hear "Settings, then your name, then iCloud".
#[component]
pub fn TapPath(path: &'static [&'static str]) -> impl IntoView {
    let items = path.iter().enumerate().map(|(i, item)| {
        let separator = (i > 0).then(|| {
            view! {
                // Real spaces around the arrow, so lines can break there and
                // not inside a word.
                <span class="tap-sep" aria-hidden="true">" › "</span>
                <span class="visually-hidden">", then "</span>
            }
        });
        view! { {separator}<span class="tap-item">{*item}</span> }
    });
    view! { <span class="tap-path">{items.collect_view()}</span> }
}
