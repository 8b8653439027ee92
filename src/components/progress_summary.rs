use helper_core::guide::Step;
use helper_core::progress::{StepProgress, StepStatus};
use leptos::html::H2;
use leptos::prelude::*;

use super::start_over::StartOver;
use super::step_link::text_with_step_link;
use crate::element_id;
use crate::page_guide::guide;
use crate::part::Part;
use crate::progress_signals::ProgressSignals;

/// "N of M steps done", the list of steps in the order shown with where
/// the user is, and the way to start over.
#[component]
pub fn ProgressSummary(progress: ProgressSignals) -> impl IntoView {
    let guide = guide();
    let words = &guide.progress;
    let (steps, order) = (progress.steps, progress.order);
    let total = guide.steps.len();
    let done = Memo::new(move |_| steps.with(StepProgress::done_count));
    let skipped = Memo::new(move |_| steps.with(StepProgress::skipped_count));
    let fixed_by = Memo::new(move |_| steps.with(|s| s.fixed_by().cloned()));
    let heading = NodeRef::<H2>::new();
    let entry = move |step: &'static Step| {
        let key = &step.key;
        let status = Memo::new(move |_| steps.with(|s| s.status(key)));
        let is_current = Memo::new(move |_| progress.current.get() == Some(key));
        let badge = move || match status.get() {
            StepStatus::Done => Some(words.done.as_str()),
            StepStatus::Skipped => Some(words.skipped.as_str()),
            StepStatus::Open if is_current.get() => Some(words.next.as_str()),
            StepStatus::Open => None,
        };
        view! {
            <li
                data-step=key.as_str()
                class:is-done=move || status.get() == StepStatus::Done
                class:is-skipped=move || status.get() == StepStatus::Skipped
                class:is-current=is_current
            >
                <a href=format!("#{}", key.anchor())>{step.title.as_str()}</a>
                {move || badge().map(|text| view! { <span class="badge with-controls">{text}</span> })}
            </li>
        }
    };
    view! {
        <section class="summary" aria-labelledby="summary-title" data-part=Part::ProgressSummary.name()>
            <div class="summary-head">
                <h2 id="summary-title" tabindex="-1" node_ref=heading>
                    {words.heading.as_str()}
                </h2>
                <p class="count with-controls" aria-live="polite">
                    {move || words.count(&guide.numbers, done.get(), skipped.get(), total)}
                </p>
            </div>
            <p class="needs-js">{words.needs_js.as_str()}</p>
            <progress class="meter with-controls" max=total value=move || done.get() aria-hidden="true"></progress>
            {move || {
                fixed_by.get().map(|key| {
                    let banner = text_with_step_link(&words.fixed_banner, Some(key), &guide.step.number, order);
                    view! { <p class="fixed-banner">{banner}</p> }
                })
            }}
            <nav aria-label=words.steps_nav.as_str()>
                <ol class="step-list" id=element_id::STEP_LIST>{guide.steps.iter().map(entry).collect_view()}</ol>
            </nav>
            <StartOver
                progress=progress
                after_clear=move || {
                    if let Some(heading) = heading.get() {
                        let _ = heading.focus();
                    }
                }
            />
        </section>
    }
}
