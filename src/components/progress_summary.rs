use helper_core::guide::STEPS;
use helper_core::progress::{StepProgress, StepStatus, STEP_COUNT};
use leptos::html::H2;
use leptos::prelude::*;

use super::start_over::StartOver;
use crate::progress_signals::ProgressSignals;

/// "N of 8 steps done", the list of steps with where the user is, and the
/// way to start over.
#[component]
pub fn ProgressSummary(progress: ProgressSignals) -> impl IntoView {
    let steps = progress.steps;
    let done = Memo::new(move |_| steps.with(StepProgress::done_count));
    let skipped = Memo::new(move |_| steps.with(StepProgress::skipped_count));
    let fixed_by = Memo::new(move |_| steps.with(StepProgress::fixed_by));
    let heading = NodeRef::<H2>::new();
    let count_text = move || match skipped.get() {
        0 => format!("{} of {STEP_COUNT} steps done", done.get()),
        n => format!("{} of {STEP_COUNT} steps done, {n} skipped", done.get()),
    };
    let list = STEPS.iter().enumerate().map(|(index, step)| {
        let status = Memo::new(move |_| steps.with(|s| s.status(index)));
        let is_current = Memo::new(move |_| steps.with(|s| s.current_step() == Some(index)));
        let badge = move || match status.get() {
            StepStatus::Done => Some("Done"),
            StepStatus::Skipped => Some("Skipped"),
            StepStatus::Open if is_current.get() => Some("Next"),
            StepStatus::Open => None,
        };
        view! {
            <li
                class:is-done=move || status.get() == StepStatus::Done
                class:is-skipped=move || status.get() == StepStatus::Skipped
                class:is-current=is_current
            >
                <a href=format!("#step-{}", index + 1)>{step.title}</a>
                {move || badge().map(|text| view! { <span class="badge">{text}</span> })}
            </li>
        }
    });
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <div class="summary-head">
                <h2 id="summary-title" tabindex="-1" node_ref=heading>
                    "Your progress"
                </h2>
                <p class="count" aria-live="polite">
                    {count_text}
                </p>
            </div>
            <p class="needs-js">
                "Ticking steps and saving your progress need JavaScript, which is off here. "
                "All the steps below still work."
            </p>
            <progress class="meter" max=STEP_COUNT value=move || done.get() aria-hidden="true"></progress>
            {move || {
                fixed_by
                    .get()
                    .map(|index| {
                        view! {
                            <p class="fixed-banner">
                                "Your backup works again. " <a href=format!("#step-{}", index + 1)>
                                    "Step "{index + 1}
                                </a>" fixed it."
                            </p>
                        }
                    })
            }}
            <nav aria-label="Steps">
                <ol class="step-list">{list.collect_view()}</ol>
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
