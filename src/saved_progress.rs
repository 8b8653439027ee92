//! The user's progress once the page runs: brought back from storage,
//! chosen by a link, kept saved as it changes, and followed when another
//! tab saves; the steps follow its order, and the address its symptom.

use gloo_events::EventListener;
use helper_core::progress::STORAGE_KEY;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;

use crate::autosave::Autosave;
use crate::page_guide::guide;
use crate::storage::ProgressStorage;
use crate::take_over::PageSignals;
use crate::{deep_link, saved_text, step_order};

/// Starts it all, once the parts have been taken over: they showed the
/// fresh guide, as pre-rendered, and saved progress comes in now.
pub fn start(page: PageSignals) {
    let PageSignals { progress, can_save, recovery } = page;
    let guide = guide();
    let storage = ProgressStorage::open();
    if let Some(text) = storage.load(STORAGE_KEY) {
        let (saved, how_well) = saved_text::read(&text, guide);
        progress.set(saved);
        recovery.set(how_well);
    }
    can_save.set(storage.is_available());
    let autosave = Autosave::start(storage, progress, can_save);
    // A link to a plan (?symptom=slow) chooses it, over what was saved,
    // and, as a change the user asked for, it is saved.
    if let Some(symptom) = deep_link::linked_symptom().and_then(|key| guide.symptom(&key)) {
        progress.symptom.set(Some(symptom.key.clone()));
        autosave.write_soon();
    }
    // The steps in the plan's order at once, and a linked step, moved
    // with them, back in view.
    if progress.order.with_untracked(step_order::arrange) {
        deep_link::scroll_to_linked_step();
    }
    // The address shows the symptom chosen, so it can be shared.
    Effect::new(move |_| progress.symptom.with(|symptom| deep_link::show_symptom(symptom.as_ref())));
    Effect::new(move |_| {
        progress.order.with(step_order::arrange);
    });

    // Another tab saved: show its progress here, as it is the newest.
    let Some(window) = web_sys::window() else { return };
    EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else { return };
        if event.key().as_deref() == Some(STORAGE_KEY) {
            let (saved, _) = saved_text::read(&event.new_value().unwrap_or_default(), guide);
            autosave.stored_elsewhere(&saved);
            progress.set(saved);
        }
    })
    // The page lives as long as the tab: keep listening.
    .forget();
}
