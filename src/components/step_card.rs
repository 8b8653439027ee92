use helper_core::guide::{Tool, KEEP_IT_WORKING, STEPS};
use helper_core::progress::StepStatus;
use leptos::prelude::*;

use super::external_link::ExternalLink;
use super::space_checker::SpaceChecker;
use super::tap_path::InstructionText;
use crate::progress_signals::ProgressSignals;

/// One fix: its heading, why it helps, what to tap, and the user's answer
/// (done, skipped, or "this fixed it").
#[component]
pub fn StepCard(index: usize, progress: ProgressSignals) -> impl IntoView {
    let step = &STEPS[index];
    let number = index + 1;
    let steps = progress.steps;
    let status = Memo::new(move |_| steps.with(|s| s.status(index)));
    let is_current = Memo::new(move |_| steps.with(|s| s.current_step() == Some(index)));
    let fixed_here = Memo::new(move |_| steps.with(|s| s.fixed_by() == Some(index)));
    let done_id = format!("step-{number}-done");
    let label_for = done_id.clone();
    let instructions = step.instructions.iter().map(|line| view! { <li><InstructionText line=line/></li> });
    view! {
        <section
            id=format!("step-{number}")
            class="step"
            class:is-done=move || status.get() == StepStatus::Done
            class:is-skipped=move || status.get() == StepStatus::Skipped
            class:is-current=is_current
            aria-labelledby=format!("step-{number}-title")
        >
            <h2 id=format!("step-{number}-title")>
                <span class="step-number">"Step "{number}</span>
                <span class="step-title">{step.title}</span>
            </h2>
            <p class="why">
                <strong>"Why it helps: "</strong>
                {step.why}
            </p>
            {step.warning.map(|warning| view! {
                <p class="warning">
                    <strong>"Careful: "</strong>
                    {warning}
                </p>
            })}
            <ol class="instructions">{instructions.collect_view()}</ol>
            {step.link.as_ref().map(|link| view! {
                <p class="step-link">
                    <ExternalLink link=link/>
                </p>
            })}
            {step.tip.map(|tip| view! { <p class="tip">{tip}</p> })}
            {step.tool.map(|Tool::SpaceChecker| view! { <SpaceChecker inputs=progress.checker/> })}
            <div class="step-actions">
                <label class="done-toggle" for=label_for>
                    <input
                        type="checkbox"
                        id=done_id
                        prop:checked=move || status.get() == StepStatus::Done
                        on:change=move |ev| steps.update(|s| s.set_done(index, event_target_checked(&ev)))
                    />
                    "Done"
                    <span class="visually-hidden">" with step "{number}</span>
                </label>
                <button
                    type="button"
                    class="secondary"
                    aria-pressed=move || (status.get() == StepStatus::Skipped).to_string()
                    on:click=move |_| steps.update(|s| s.toggle_skipped(index))
                >
                    "Skip"
                    <span class="visually-hidden">" step "{number}</span>
                </button>
                <button
                    type="button"
                    class="fixed-toggle"
                    aria-pressed=move || fixed_here.get().to_string()
                    on:click=move |_| {
                        steps.update(|s| if fixed_here.get_untracked() { s.clear_fixed() } else { s.mark_fixed_by(index) })
                    }
                >
                    "This fixed it"
                    <span class="visually-hidden">" (step "{number}")"</span>
                </button>
            </div>
            {move || {
                fixed_here
                    .get()
                    .then(|| {
                        view! {
                            <div class="success">
                                <p>
                                    <strong>"Great, your backup works again."</strong>
                                </p>
                                <p><InstructionText line=&KEEP_IT_WORKING/></p>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
