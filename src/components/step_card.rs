use helper_core::guide::{Step, Tool, NUMBERED_LINKS};
use helper_core::progress::{StepProgress, StepStatus};
use helper_core::template::{slots, Template};
use leptos::prelude::*;

use super::external_link::ExternalLink;
use super::screen_pictures::{LinePictures, ScreenPictures};
use super::space_checker::SpaceChecker;
use super::tap_path::InstructionText;
use crate::page_guide::{guide, screens};
use crate::part::{pre_rendered, Part};
use crate::progress_signals::ProgressSignals;

/// One fix: its heading, why it helps, what to tap, and the user's answer
/// (done, skipped, or "this fixed it"). Its text is static; the parts that
/// change are its state, its number, the answer and the success note.
#[component]
pub fn StepCard(step: &'static Step, progress: ProgressSignals) -> impl IntoView {
    // A link from before steps had keys, #step-1 … #step-8, lands here too.
    let old_link = NUMBERED_LINKS
        .iter()
        .position(|&old| old == step.key.as_str())
        .map(|index| view! { <span id=format!("step-{}", index + 1) class="old-link"></span> });
    view! {
        // Moved as one into the order shown (crate::step_order).
        <div data-step=step.key.as_str()>
            {old_link}
            <StepState card=CardSignals::new(step, progress) progress=progress/>
        </div>
    }
}

/// What a card's parts follow, worked out once for all of them.
#[derive(Clone, Copy)]
pub struct CardSignals {
    pub step: &'static Step,
    steps: RwSignal<StepProgress>,
    status: Memo<StepStatus>,
    is_current: Memo<bool>,
    fixed_here: Memo<bool>,
    /// The step's number in the order shown, which the symptom chosen sets.
    number: Memo<String>,
}

impl CardSignals {
    pub fn new(step: &'static Step, progress: ProgressSignals) -> CardSignals {
        let (key, steps, numbers) = (&step.key, progress.steps, &guide().numbers);
        CardSignals {
            step,
            steps,
            status: Memo::new(move |_| steps.with(|s| s.status(key))),
            is_current: Memo::new(move |_| progress.current.get() == Some(key)),
            fixed_here: Memo::new(move |_| steps.with(|s| s.fixed_by() == Some(key))),
            number: Memo::new(move |_| {
                numbers.integer(progress.order.with(|o| o.number(key)).unwrap_or_default() as u64)
            }),
        }
    }

    /// `template` with the step's number: "Step 3", "Done with step 3".
    fn numbered(self, template: &'static Template<slots::Number<'static>>) -> impl Fn() -> String {
        move || self.number.with(|number| template.fill(slots::Number { number }))
    }
}

/// The card's section: done, skipped or where the user is, as classes.
#[component]
pub fn StepState(card: CardSignals, progress: ProgressSignals) -> impl IntoView {
    let CardSignals { step, status, is_current, .. } = card;
    let key = &step.key;
    view! {
        <section
            id=key.anchor()
            class="step"
            class:is-done=move || status.get() == StepStatus::Done
            class:is-skipped=move || status.get() == StepStatus::Skipped
            class:is-current=is_current
            aria-labelledby=format!("{}-title", key.anchor())
            data-part=Part::StepState.name()
        >
            {pre_rendered(move || view! { <StepText card=card progress=progress/> })}
        </section>
    }
}

/// What the card says, with its parts that change in place.
#[component]
fn StepText(card: CardSignals, progress: ProgressSignals) -> impl IntoView {
    let (step, words) = (card.step, &guide().step);
    let walks = screens().walk_lines(&step.instructions);
    let instructions = step.instructions.iter().zip(walks).map(|(line, walk)| {
        let pictures = walk.ok().map(|walk| view! { <ScreenPictures walk=walk/> });
        view! { <li><InstructionText line=line/>{pictures}</li> }
    });
    view! {
        <h2 id=format!("{}-title", step.key.anchor())>
            <StepNumber card=card/>
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
        {step.tool.map(|Tool::SpaceChecker| view! {
            <SpaceChecker inputs=progress.checker assessment=progress.assessment order=progress.order/>
        })}
        <StepAnswer card=card/>
        <StepSuccess card=card/>
    }
}

#[component]
pub fn StepNumber(card: CardSignals) -> impl IntoView {
    view! { <span class="step-number" data-part=Part::StepNumber.name()>{card.numbered(&guide().step.number)}</span> }
}

/// Done, Skip and "This fixed it", each saying which step to screen readers.
#[component]
pub fn StepAnswer(card: CardSignals) -> impl IntoView {
    let words = &guide().step;
    let CardSignals { step, steps, status, fixed_here, .. } = card;
    let key = &step.key;
    let done_id = format!("{}-done", key.anchor());
    let label_for = done_id.clone();
    view! {
        <div class="step-actions with-controls" data-part=Part::StepAnswer.name()>
            <label class="done-toggle" for=label_for>
                <input
                    type="checkbox"
                    id=done_id
                    prop:checked=move || status.get() == StepStatus::Done
                    on:change=move |ev| steps.update(|s| s.set_done(key, event_target_checked(&ev)))
                />
                {words.done.as_str()}
                <span class="visually-hidden">{card.numbered(&words.done_for_screen_readers)}</span>
            </label>
            <button
                type="button"
                class="secondary"
                aria-pressed=move || (status.get() == StepStatus::Skipped).to_string()
                on:click=move |_| steps.update(|s| s.toggle_skipped(key))
            >
                {words.skip.as_str()}
                <span class="visually-hidden">{card.numbered(&words.skip_for_screen_readers)}</span>
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
                <span class="visually-hidden">{card.numbered(&words.fixed_for_screen_readers)}</span>
            </button>
        </div>
    }
}

/// Shown once this step fixed the backup: how to keep it working.
#[component]
pub fn StepSuccess(card: CardSignals) -> impl IntoView {
    let (words, fixed_here) = (&guide().step, card.fixed_here);
    view! {
        <div class="success" hidden=move || !fixed_here.get() data-part=Part::StepSuccess.name()>
            {pre_rendered(move || view! {
                <p>
                    <strong>{words.success.as_str()}</strong>
                </p>
                <p><InstructionText line=&words.keep_it_working/></p>
                <LinePictures line=&words.keep_it_working/>
            })}
        </div>
    }
}
