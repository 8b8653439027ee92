//! The page as the build pre-renders it: the whole guide, fresh, with its
//! parts that change (crate::part) in place. In the browser, only those
//! parts are taken over (src/main.rs).

use helper_core::progress::Recovery;
use leptos::prelude::*;

use crate::components::{
    PageFooter, PageHeader, ProgressSummary, SaveNotice, StepCard, SupportSection, SymptomQuestion,
};
use crate::element_id;
use crate::page_guide::guide;
use crate::progress_signals::ProgressSignals;

#[component]
pub fn App() -> impl IntoView {
    let guide = guide();
    let progress = ProgressSignals::default();
    let (can_save, recovery) = (RwSignal::new(true), RwSignal::new(Recovery::Complete));
    view! {
        <a class="skip-link" href=format!("#{}", element_id::STEPS)>{guide.page.skip_link.as_str()}</a>
        <PageHeader/>
        <main id=element_id::MAIN>
            <SaveNotice can_save=can_save recovery=recovery/>
            <SymptomQuestion progress=progress/>
            <ProgressSummary progress=progress/>
            <div id=element_id::STEPS class="steps">
                {guide.steps.iter().map(|step| view! { <StepCard step=step progress=progress/> }).collect_view()}
            </div>
            <SupportSection progress=progress/>
        </main>
        <PageFooter/>
    }
}
