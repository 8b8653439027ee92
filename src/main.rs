//! The page in the browser. It takes over the guide that the build
//! pre-rendered into `<div id="app">`, or, when that markup is a copy of a
//! page that was already running (a "Save Page As"), draws the guide afresh.

use leptos::mount::{hydrate_from, mount_to};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use whatsapp_backup_helper::{accent, app::App, deep_link, frame_messages, offline_copy};

/// Set on the app's root once the page runs, so a saved copy is recognised.
const LIVE: &str = "data-live";

fn main() {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let is_saved_copy = root.has_attribute(LIVE);
    if is_saved_copy {
        // Its markup shows someone's progress as it was: hydrating it would
        // not match, so start from a clean slate.
        root.set_inner_html("");
        mount_to(root.clone(), App).forget();
        deep_link::scroll_to_linked_step();
    } else {
        hydrate_from(root.clone(), App).forget();
    }
    // Saved progress is applied just after this, so the markup is still the
    // untouched guide: what "Save for offline use" writes out.
    offline_copy::remember_clean_markup(root.inner_html(), !is_saved_copy);
    let _ = root.set_attribute(LIVE, "");
    accent::apply_from_url();
    frame_messages::start();
}
