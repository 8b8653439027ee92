//! The page: it lays out the guide and, once running in the browser, brings
//! back saved progress and keeps it saved as it changes.

use gloo_events::EventListener;
use helper_core::progress::{Recovery, STORAGE_KEY};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;

use crate::autosave::Autosave;
use crate::components::{
    PageFooter, PageHeader, ProgressSummary, SaveNotice, StepCard, SupportSection, SymptomQuestion,
};
use crate::page_guide::guide;
use crate::progress_signals::ProgressSignals;
use crate::saved_text;
use crate::storage::ProgressStorage;
use crate::{deep_link, step_order};

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
    });

    view! {
        <a class="skip-link" href="#steps">{guide.page.skip_link.as_str()}</a>
        <PageHeader/>
        <main id="main">
            <SaveNotice can_save=can_save recovery=recovery/>
            <SymptomQuestion progress=progress/>
            <ProgressSummary progress=progress/>
            <div id="steps" class="steps">
                {guide.steps.iter().map(|step| view! { <StepCard step=step progress=progress/> }).collect_view()}
            </div>
            <SupportSection progress=progress/>
        </main>
        <PageFooter/>
    }
}
