use helper_core::guide::{Instruction, PlaceWords};
use helper_core::plan::Order;
use helper_core::size::{Bytes, Rounding};
use helper_core::space::{Assessment, CheckerInputs, Field, Place, Verdict};
use helper_core::template::slots;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::step_link::text_with_step_link;
use super::storage_bar::StorageBar;
use super::tap_path::{InstructionText, LinePath};
use super::text_field::TextField;
use crate::page_guide::guide;
use crate::part::Part;
use crate::warm_up;

/// The backup-space checker: the user types the sizes iOS shows, and it
/// answers at once, for iCloud and for the iPhone, whether there is room.
#[component]
pub fn SpaceChecker(
    inputs: RwSignal<CheckerInputs>,
    assessment: Memo<Assessment>,
    order: Memo<Order<'static>>,
) -> impl IntoView {
    let guide = guide();
    let words = &guide.checker;
    let factor = guide.numbers.rule_factor();
    // Laid out once the page is idle, not with its first paint (style/main.css).
    let laid_out = RwSignal::new(false);
    // In the browser only. Any field's code is every field's: the backup
    // size's is retyped, as it is never split.
    Effect::new(move |_| {
        warm_up::when_idle(move || {
            let text = inputs.with_untracked(|i| i.get(Field::Backup).to_owned());
            type_into(inputs, Field::Backup, &text, |_| ());
            laid_out.set(true);
        })
    });
    let field = move |field, hint_id| view! { <SizeField field=field hint_id=hint_id inputs=inputs assessment=assessment/> };
    view! {
        <div class="checker" class:is-laid-out=laid_out role="group" aria-labelledby="checker-title" data-part=Part::SpaceChecker.name()>
            <h3 id="checker-title">{words.heading.as_str()}</h3>
            <p class="rule">{words.rule.fill(slots::Factor { factor: &factor })}</p>
            <p class="needs-js">{words.needs_js.fill(slots::Factor { factor: &factor })}</p>
            <fieldset class="with-controls">
                <legend>{words.backup_legend.as_str()}</legend>
                <Hint id="backup-hint" line=&words.backup_hint/>
                {field(Field::Backup, "backup-hint")}
            </fieldset>
            <fieldset class="with-controls">
                <legend>{words.icloud.legend.as_str()}</legend>
                <Hint id="icloud-hint" line=&words.icloud.hint/>
                <div class="field-pair">
                    {field(Field::ICloudUsed, "icloud-hint")}
                    {field(Field::ICloudTotal, "icloud-hint")}
                </div>
                <PlaceVerdict place=Place::ICloud assessment=assessment order=order/>
            </fieldset>
            <fieldset class="with-controls">
                <legend>{words.iphone.legend.as_str()}</legend>
                <Hint id="iphone-hint" line=&words.iphone.hint/>
                <div class="field-pair">
                    {field(Field::IPhoneUsed, "iphone-hint")}
                    {field(Field::IPhoneCapacity, "iphone-hint")}
                </div>
                <PlaceVerdict place=Place::IPhone assessment=assessment order=order/>
            </fieldset>
        </div>
    }
}

/// Where on the iPhone to find a fieldset's numbers.
#[component]
fn Hint(id: &'static str, line: &'static Instruction) -> impl IntoView {
    view! { <p class="hint" id=id><InstructionText line=line/></p> }
}

/// One of the checker's size fields: its text, and the problem or note
/// the checker found in it.
#[component]
pub fn SizeField(
    field: Field,
    hint_id: &'static str,
    inputs: RwSignal<CheckerInputs>,
    assessment: Memo<Assessment>,
    /// Where the same field is shown twice, the id of this one.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let guide = guide();
    let reading = Memo::new(move |_| assessment.with(|a| a.field(field).clone()));
    view! {
        <TextField
            id=id.unwrap_or(field.input_id())
            words=guide.checker.field(field)
            hint_id=hint_id
            value=Signal::derive(move || inputs.with(|i| i.get(field).to_owned()))
            message=Signal::derive(move || reading.with(|r| guide.checker.message(&guide.numbers, r)))
            has_error=Signal::derive(move || reading.with(|r| r.problem.is_some()))
            on_input=move |input: HtmlInputElement| {
                type_into(inputs, field, &input.value(), |kept| input.set_value(kept))
            }
        />
    }
}

/// What typing in a field, or leaving it, does: keeps the text, or splits a
/// whole "X GB of Y GB used" into the field and its total. A split also shortens the text
/// in the field typed in: `show_split` writes it there before the verdict
/// changes, as writing into the focused field after a change makes the
/// browser lay out the page there and then, inside the keystroke.
fn type_into(inputs: RwSignal<CheckerInputs>, field: Field, text: &str, show_split: impl FnOnce(&str)) {
    inputs.maybe_update(|i| {
        // Leaving a field gives its text again: a change only if it split.
        let retyped = i.get(field) == text;
        i.set(field, text, &guide().numbers);
        let split = i.get(field) != text;
        if split {
            show_split(i.get(field));
        }
        !retyped || split
    });
}

/// The answer for one place: enough room, or how much is missing and what
/// to do about it. Every answer is built once, then shown or hidden, so a
/// keystroke that changes the answer only sets text and attributes:
/// building the answer's elements would take most of such a keystroke.
#[component]
fn PlaceVerdict(place: Place, assessment: Memo<Assessment>, order: Memo<Order<'static>>) -> impl IntoView {
    let checker = &guide().checker;
    let words = checker.place(place);
    let verdict = Memo::new(move |_| {
        assessment.with(|a| match place {
            Place::ICloud => a.icloud,
            Place::IPhone => a.iphone,
        })
    });
    // None: no answer yet; Some(true): enough room; Some(false): short.
    let answer_is = move |enough: Option<bool>| verdict.with(|v| v.map(|v| v.is_enough()) == enough);
    // Each answer's numbers follow only its own verdict, so a keystroke
    // leaves the hidden answer's numbers alone.
    let verdict_if =
        move |enough: bool| Memo::new(move |_| verdict.get().filter(|v| v.is_enough() == enough));
    let (enough, short) = (verdict_if(true), verdict_if(false));
    view! {
        // Outside the live answer, which says the same in words.
        <StorageBar verdict=verdict/>
        <div
            class="verdict"
            class:is-enough=move || answer_is(Some(true))
            class:is-short=move || answer_is(Some(false))
            aria-live="polite"
        >
            <div class="verdict-waiting" hidden=move || !answer_is(None)>
                <p>{words.waiting.as_str()}</p>
            </div>
            <div hidden=move || !answer_is(Some(true))>
                <p>
                    <strong>{checker.enough.fill(slots::Place { place: &words.name })}</strong>
                    " "
                    {sentence(enough, |a| checker.enough_detail.fill(a.free_needed()))}
                </p>
            </div>
            <div hidden=move || !answer_is(Some(false))>
                <ShortOfSpace words=words verdict=short order=order/>
            </div>
        </div>
    }
}

#[component]
fn ShortOfSpace(
    words: &'static PlaceWords,
    verdict: Memo<Option<Verdict>>,
    order: Memo<Order<'static>>,
) -> impl IntoView {
    let checker = &guide().checker;
    let plan = words.plan.as_ref().zip(words.no_plan.as_ref()).map(|(plan, no_plan)| {
        let has_plan = move || verdict.with(|v| v.is_some_and(|v| v.plan.is_some()));
        view! {
            <li hidden=move || !has_plan()>{sentence(verdict, |a| plan.fill(slots::PlanLeft { plan: &a.plan, left: &a.left }))}</li>
            <li hidden=has_plan>{no_plan.as_str()}</li>
        }
    });
    view! {
        <p>
            <strong>{sentence(verdict, |a| checker.short.fill(slots::PlaceMissing { place: &words.name, missing: &a.missing }))}</strong>
            " "
            {sentence(verdict, |a| checker.short_detail.fill(a.free_needed()))}
        </p>
        <ul class="advice">
            <li>
                {sentence(verdict, |a| words.free_up.text.fill(slots::Missing { missing: &a.missing }))}
                <LinePath path=&words.free_up.path older_path=&words.free_up.older_path/>
                {words.free_up.after.as_str()}
            </li>
            <li>{text_with_step_link(&checker.leave_videos_out, None, &guide().step.step_ref, order)}</li>
            {plan}
        </ul>
    }
}

/// A verdict's amounts as its sentences write them: `{free}`,
/// `{needed}`, `{missing}`, `{plan}` and `{left}` (what the plan would
/// leave free). Needed and missing amounts round up, so acting on them is
/// always enough.
struct Amounts {
    free: String,
    needed: String,
    missing: String,
    plan: String,
    left: String,
}

impl Amounts {
    fn free_needed(&self) -> slots::FreeNeeded<'_> {
        slots::FreeNeeded { free: &self.free, needed: &self.needed }
    }
}

/// A sentence of the verdict, `fill`ed with its amounts as the verdict
/// changes. One text node, whose text a new answer sets; empty while there
/// is no answer.
fn sentence(verdict: Memo<Option<Verdict>>, fill: impl Fn(&Amounts) -> String) -> impl Fn() -> String {
    let guide = guide();
    move || {
        verdict.with(|v| {
            let Some(v) = v else { return String::new() };
            let size = |bytes: Bytes, rounding| guide.numbers.size(bytes, rounding);
            let plan = v.plan.map(|plan| {
                (size(plan, Rounding::Nearest), size(plan.saturating_sub(v.used), Rounding::Nearest))
            });
            let (plan, left) = plan.unwrap_or_default();
            fill(&Amounts {
                free: size(v.free, Rounding::Nearest),
                needed: size(v.needed, Rounding::Up),
                missing: size(v.missing, Rounding::Up),
                plan,
                left,
            })
        })
    }
}
