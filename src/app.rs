//! The page as the build pre-renders it: the whole guide, fresh, with its
//! parts that change (crate::part) in place. In the browser, only those
//! parts are taken over (src/main.rs).

use helper_core::progress::Recovery;
use leptos::prelude::*;

use crate::components::{
    PageFooter, PageHeader, ProgressSummary, SaveNotice, StepCard, SupportSection, SymptomQuestion,
};
use crate::page_guide::guide;
use crate::progress_signals::ProgressSignals;

#[component]
pub fn App() -> impl IntoView {
    let guide = guide();
    let progress = ProgressSignals::default();
    let (can_save, recovery) = (RwSignal::new(true), RwSignal::new(Recovery::Complete));
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
