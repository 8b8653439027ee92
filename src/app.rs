//! The page: it loads saved progress, keeps it saved as it changes, and lays
//! out the guide.

use helper_core::guide::STEPS;
use helper_core::progress::{Progress, Recovery, STORAGE_KEY};
use leptos::prelude::*;

use crate::components::{PageFooter, PageHeader, ProgressSummary, SaveNotice, StepCard, SupportSection};
use crate::storage::ProgressStorage;

#[component]
pub fn App() -> impl IntoView {
    let storage = ProgressStorage::open();
    let (saved, recovery) = match storage.load(STORAGE_KEY) {
        Some(text) => Progress::from_json(&text),
        None => (Progress::default(), Recovery::Complete),
    };
    let progress = RwSignal::new(saved);
    let can_save = RwSignal::new(storage.is_available());

    // Save on every change, but not on load: writing back what was just read
    // would drop parts a newer version of the page understood.
    Effect::watch(
        move || progress.with(Progress::to_json),
        move |json, _, _| {
            if can_save.get_untracked() && !storage.save(STORAGE_KEY, json) {
                can_save.set(false);
            }
        },
        false,
    );

    view! {
        <a class="skip-link" href="#steps">"Skip to the steps"</a>
        <PageHeader/>
        <main id="main">
            <SaveNotice can_save=can_save recovery=recovery/>
            <ProgressSummary progress=progress/>
            <div id="steps" class="steps">
                {(0..STEPS.len()).map(|index| view! { <StepCard index=index progress=progress/> }).collect_view()}
            </div>
            <SupportSection progress=progress/>
        </main>
        <PageFooter/>
    }
}
