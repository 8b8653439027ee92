//! The page in the browser. Of the guide that the build pre-rendered into
//! `<div id="app">`, it takes over the parts that change (crate::take_over).
//! When that markup is a copy of a page that was already running (a "Save
//! Page As"), it shows someone's progress as it was and would not match,
//! so the clean guide the build kept as text (the `app-markup` data block)
//! goes back in first.

use helper_core::progress::Recovery;
use leptos::mount::hydrate_islands;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};
use whatsapp_backup_helper::progress_signals::ProgressSignals;
use whatsapp_backup_helper::take_over::{self, PageSignals};
use whatsapp_backup_helper::{accent, deep_link, element_id, frame_messages, offline_copy, saved_progress};

/// Set on the app's root once the page runs, so a saved copy is recognised.
const LIVE: &str = "data-live";

/// The performance mark set once the page has taken the guide over.
const INTERACTIVE_MARK: &str = "app-interactive";

fn main() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    let Some(root) = app_root(&document) else { return };
    let is_saved_copy = root.has_attribute(LIVE);
    if is_saved_copy {
        let Some(clean) = offline_copy::clean_markup(&document) else { return };
        root.set_inner_html(&clean);
    }
    // The root every part lives under, as for Leptos's islands.
    hydrate_islands();
    let page = PageSignals {
        progress: ProgressSignals::default(),
        can_save: RwSignal::new(true),
        recovery: RwSignal::new(Recovery::Complete),
    };
    take_over::parts(&document, page);
    saved_progress::start(page);
    // The browser scrolled to the linked step as the page loaded, in the
    // old markup of a saved copy, or before the cards above it had their
    // sizes: now that they have, the step goes to the top again.
    deep_link::scroll_to_linked_step();
    deep_link::follow_old_link();
    let _ = root.set_attribute(LIVE, "");
    // When the page began to answer, in its own timeline: what the
    // benchmark reads in every engine (bench/measure-webkit.mjs).
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(INTERACTIVE_MARK);
    }
    accent::apply_from_url();
    frame_messages::start();
}

fn app_root(document: &Document) -> Option<HtmlElement> {
    document.get_element_by_id(element_id::APP)?.dyn_into::<HtmlElement>().ok()
}
