//! The page: it lays out the guide and, once running in the browser, brings
//! back saved progress and keeps it saved as it changes.

use gloo_events::EventListener;
use helper_core::progress::{Recovery, STORAGE_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;

use crate::autosave::Autosave;
use crate::components::{PageFooter, PageHeader, ProgressSummary, SaveNotice, StepCard, SupportSection};
use crate::guide_static::guide;
use crate::progress_signals::ProgressSignals;
use crate::saved_text;
use crate::storage::ProgressStorage;

#[component]
pub fn App() -> impl IntoView {
    let guide = guide();
    // The first render is the fresh guide, identical to the pre-rendered
    // HTML it takes over; saved progress comes in right after.
    let progress = ProgressSignals::default();
    let can_save = RwSignal::new(true);
    let recovery = RwSignal::new(Recovery::Complete);

    // Effects run only in the browser, after the page has been taken over.
    Effect::new(move |_| {
        let storage = ProgressStorage::open();
        if let Some(text) = storage.load(STORAGE_KEY) {
            let (saved, how_well) = saved_text::read(&text, guide);
            progress.set(saved);
            recovery.set(how_well);
        }
        can_save.set(storage.is_available());
        let autosave = Autosave::start(storage, progress, can_save);

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
    });

    view! {
        <a class="skip-link" href="#steps">{guide.page.skip_link.as_str()}</a>
        <PageHeader/>
        <main id="main">
            <SaveNotice can_save=can_save recovery=recovery/>
            <ProgressSummary progress=progress/>
            <div id="steps" class="steps">
                {guide.steps.iter().map(|step| view! { <StepCard step=step progress=progress/> }).collect_view()}
            </div>
            <SupportSection steps=progress.steps/>
        </main>
        <PageFooter/>
    }
}
