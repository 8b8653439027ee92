use helper_core::guide::{Step, Tool, NUMBERED_LINKS};
use helper_core::progress::StepStatus;
use leptos::prelude::*;

use super::external_link::ExternalLink;
use super::space_checker::SpaceChecker;
use super::tap_path::InstructionText;
use crate::page_guide::guide;
use crate::progress_signals::ProgressSignals;
use helper_core::template::Template;

/// One fix: its heading, why it helps, what to tap, and the user's answer
/// (done, skipped, or "this fixed it").
#[component]
pub fn StepCard(step: &'static Step, progress: ProgressSignals) -> impl IntoView {
    let guide = guide();
    let words = &guide.step;
    let key = &step.key;
    let (steps, order) = (progress.steps, progress.order);
    // The number follows the order shown, which the symptom chosen sets.
    let number =
        Memo::new(move |_| guide.numbers.integer(order.with(|o| o.number(key)).unwrap_or_default() as u64));
    let numbered =
        move |template: &'static Template| move || number.with(|n| template.fill(&[("number", n)]));
    let status = Memo::new(move |_| steps.with(|s| s.status(key)));
    let is_current = Memo::new(move |_| progress.current.get() == Some(key));
    let fixed_here = Memo::new(move |_| steps.with(|s| s.fixed_by() == Some(key)));
    let anchor = key.anchor();
    let done_id = format!("{anchor}-done");
    let label_for = done_id.clone();
    let title_id = format!("{anchor}-title");
    let labelled_by = title_id.clone();
    // A link from before steps had keys, #step-1 … #step-8, lands here too.
    let old_link = NUMBERED_LINKS
        .iter()
        .position(|&old| old == key.as_str())
        .map(|index| view! { <span id=format!("step-{}", index + 1) class="old-link"></span> });
    let instructions = step.instructions.iter().map(|line| view! { <li><InstructionText line=line/></li> });
    view! {
        // Moved as one into the order shown (crate::step_order).
        <div data-step=key.as_str()>
        {old_link}
        <section
            id=anchor
            class="step"
            class:is-done=move || status.get() == StepStatus::Done
            class:is-skipped=move || status.get() == StepStatus::Skipped
            class:is-current=is_current
            aria-labelledby=labelled_by
        >
            <h2 id=title_id>
                <span class="step-number">{numbered(&words.number)}</span>
                <span class="step-title">{step.title.as_str()}</span>
            </h2>
            <p class="why">
                <strong>{words.why.as_str()}</strong>
                {step.why.as_str()}
            </p>
            {step.warning.as_deref().map(|warning| view! {
                <p class="warning">
                    <strong>{words.careful.as_str()}</strong>
                    {warning}
                </p>
            })}
            <ol class="instructions">{instructions.collect_view()}</ol>
            {step.link.as_ref().map(|link| view! {
                <p class="step-link">
                    <ExternalLink link=link/>
                </p>
            })}
            {step.tip.as_deref().map(|tip| view! { <p class="tip">{tip}</p> })}
            {step.tool.map(|Tool::SpaceChecker| view! { <SpaceChecker inputs=progress.checker assessment=progress.assessment order=order/> })}
            <div class="step-actions with-controls">
                <label class="done-toggle" for=label_for>
                    <input
                        type="checkbox"
                        id=done_id
                        prop:checked=move || status.get() == StepStatus::Done
                        on:change=move |ev| steps.update(|s| s.set_done(key, event_target_checked(&ev)))
                    />
                    {words.done.as_str()}
                    <span class="visually-hidden">{numbered(&words.done_for_screen_readers)}</span>
                </label>
                <button
                    type="button"
                    class="secondary"
                    aria-pressed=move || (status.get() == StepStatus::Skipped).to_string()
                    on:click=move |_| steps.update(|s| s.toggle_skipped(key))
                >
                    {words.skip.as_str()}
                    <span class="visually-hidden">{numbered(&words.skip_for_screen_readers)}</span>
                </button>
                <button
                    type="button"
                    class="fixed-toggle"
                    aria-pressed=move || fixed_here.get().to_string()
                    on:click=move |_| {
                        steps.update(|s| if fixed_here.get_untracked() { s.clear_fixed() } else { s.mark_fixed_by(key) })
                    }
                >
                    {words.fixed.as_str()}
                    <span class="visually-hidden">{numbered(&words.fixed_for_screen_readers)}</span>
                </button>
            </div>
            {move || {
                fixed_here
                    .get()
                    .then(|| {
                        view! {
                            <div class="success">
                                <p>
                                    <strong>{words.success.as_str()}</strong>
                                </p>
                                <p><InstructionText line=&words.keep_it_working/></p>
                            </div>
                        }
                    })
            }}
        </section>
        </div>
    }
}
