use helper_core::guide::{CHAT_BACKUP, ICLOUD_MANAGE_STORAGE, ICLOUD_SETTINGS, IPHONE_STORAGE};
use helper_core::progress::MAX_INPUT_LEN;
use helper_core::size::{format_size, Bytes, Rounding};
use helper_core::space::{assess, Assessment, CheckerInputs, Field, Place, Verdict, RULE_SENTENCE};
use leptos::either::Either;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::tap_path::TapPath;
use crate::warm_up;

/// The backup-space checker: the user types the sizes iOS shows, and it
/// answers at once, for iCloud and for the iPhone, whether there is room.
#[component]
pub fn SpaceChecker(inputs: RwSignal<CheckerInputs>) -> impl IntoView {
    let assessment = Memo::new(move |_| inputs.with(assess));
    // In the browser only. Any field's code is every field's: the backup
    // size's is retyped, as it is never split.
    Effect::new(move |_| {
        warm_up::when_idle(move || {
            let text = inputs.with_untracked(|i| i.get(Field::Backup).to_owned());
            type_into(inputs, Field::Backup, &text, |_| ());
        })
    });
    view! {
        <div class="checker" role="group" aria-labelledby="checker-title">
            <h3 id="checker-title">"Space checker"</h3>
            <p class="rule">{RULE_SENTENCE}</p>
            <p class="needs-js">
                "The checker needs JavaScript, which is off here. To check by hand: multiply your backup "
                "size by 2.05, and make sure at least that much is free in iCloud and on your iPhone."
            </p>
            <fieldset>
                <legend>"Your WhatsApp backup"</legend>
                <p class="hint" id="backup-hint">
                    "Under Last Backup in "<TapPath path=CHAT_BACKUP/>
                </p>
                <SizeField field=Field::Backup hint_id="backup-hint" inputs=inputs assessment=assessment/>
            </fieldset>
            <fieldset>
                <legend>"iCloud"</legend>
                <p class="hint" id="icloud-hint">
                    "“X GB of Y GB used” at the top of "<TapPath path=ICLOUD_SETTINGS/>
                </p>
                <div class="field-pair">
                    <SizeField field=Field::ICloudUsed hint_id="icloud-hint" inputs=inputs assessment=assessment/>
                    <SizeField field=Field::ICloudTotal hint_id="icloud-hint" inputs=inputs assessment=assessment/>
                </div>
                <PlaceVerdict place=Place::ICloud assessment=assessment/>
            </fieldset>
            <fieldset>
                <legend>"iPhone"</legend>
                <p class="hint" id="iphone-hint">
                    "“X GB of Y GB used” at the top of "<TapPath path=IPHONE_STORAGE/>
                </p>
                <div class="field-pair">
                    <SizeField field=Field::IPhoneUsed hint_id="iphone-hint" inputs=inputs assessment=assessment/>
                    <SizeField
                        field=Field::IPhoneCapacity
                        hint_id="iphone-hint"
                        inputs=inputs
                        assessment=assessment
                    />
                </div>
                <PlaceVerdict place=Place::IPhone assessment=assessment/>
            </fieldset>
        </div>
    }
}

/// One labelled size input, with its error or note right under it.
#[component]
fn SizeField(
    field: Field,
    hint_id: &'static str,
    inputs: RwSignal<CheckerInputs>,
    assessment: Memo<Assessment>,
) -> impl IntoView {
    let id = field.input_id();
    let message_id = format!("{id}-message");
    let error = Memo::new(move |_| assessment.with(|a| a.field(field).error.clone()));
    let note = Memo::new(move |_| assessment.with(|a| a.field(field).note.clone()));
    let has_error = move || error.with(Option::is_some);
    // Empty rather than absent, so a message that comes or goes only sets
    // the text of the node that is there.
    let message = move || error.get().or_else(|| note.get()).unwrap_or_default();
    view! {
        <div class="size-field">
            <label for=id>{field.label()}</label>
            // The box, not the input, is the flex or grid item, so that the
            // browser can lay out the input alone as its text changes.
            <div class="size-input">
                <input
                    id=id
                    type="text"
                    autocomplete="off"
                    spellcheck="false"
                    autocapitalize="off"
                    maxlength=MAX_INPUT_LEN
                    placeholder=if field == Field::Backup { "e.g. 1.2 GB" } else { "e.g. 37.3 GB" }
                    aria-describedby=format!("{hint_id} {message_id}")
                    aria-invalid=move || has_error().then_some("true")
                    prop:value=move || inputs.with(|i| i.get(field).to_owned())
                    on:input=move |ev| {
                        let input = event_target::<HtmlInputElement>(&ev);
                        type_into(inputs, field, &input.value(), |kept| input.set_value(kept))
                    }
                />
            </div>
            <p id=message_id class="field-message" class:is-error=has_error>
                {message}
            </p>
        </div>
    }
}

/// What typing in a field does: keeps the text, or splits a pasted "X GB of
/// Y GB used" into the field and its total. A split also shortens the text
/// in the field typed in: `show_split` writes it there before the verdict
/// changes, as writing into the focused field after a change makes the
/// browser lay out the page there and then, inside the keystroke.
fn type_into(inputs: RwSignal<CheckerInputs>, field: Field, text: &str, show_split: impl FnOnce(&str)) {
    inputs.update(|i| {
        i.set(field, text);
        if i.get(field) != text {
            show_split(i.get(field));
        }
    });
}

/// The answer for one place: enough room, or how much is missing and what
/// to do about it. Every answer is built once, then shown or hidden, so a
/// keystroke that changes the answer only sets text and attributes:
/// building the answer's elements would take most of such a keystroke.
#[component]
fn PlaceVerdict(place: Place, assessment: Memo<Assessment>) -> impl IntoView {
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
    let (name, waiting) = match place {
        Place::ICloud => ("iCloud", "Type the backup size and both iCloud numbers to check iCloud."),
        Place::IPhone => {
            ("your iPhone", "Type the backup size and both iPhone numbers to check your iPhone.")
        }
    };
    view! {
        <div
            class="verdict"
            class:is-enough=move || answer_is(Some(true))
            class:is-short=move || answer_is(Some(false))
            aria-live="polite"
        >
            <div class="verdict-waiting" hidden=move || !answer_is(None)>
                <p>{waiting}</p>
            </div>
            <div hidden=move || !answer_is(Some(true))>
                <p>
                    <strong>"Enough space in "{name}"."</strong>
                    " "{nearest(enough, |v| Some(v.free))}" free; the backup needs "
                    {up(enough, |v| Some(v.needed))}"."
                </p>
            </div>
            <div hidden=move || !answer_is(Some(false))>
                <ShortOfSpace place=place name=name verdict=short/>
            </div>
        </div>
    }
}

#[component]
fn ShortOfSpace(place: Place, name: &'static str, verdict: Memo<Option<Verdict>>) -> impl IntoView {
    let missing = move || up(verdict, |v| Some(v.missing));
    let free_up = match place {
        Place::ICloud => Either::Left(view! {
            <li>"Free at least "{missing()}" in "<TapPath path=ICLOUD_MANAGE_STORAGE/></li>
        }),
        Place::IPhone => Either::Right(view! {
            <li>
                "Free at least "{missing()}" on your iPhone: "<TapPath path=IPHONE_STORAGE/>
                " shows what takes the most room."
            </li>
        }),
    };
    let plan = (place == Place::ICloud).then(|| {
        let has_plan = move || verdict.with(|v| v.is_some_and(|v| v.plan.is_some()));
        view! {
            <li hidden=move || !has_plan()>
                "Or move to the "{nearest(verdict, |v| v.plan)}" iCloud+ plan, which would leave "
                {nearest(verdict, |v| v.plan.map(|plan| plan.saturating_sub(v.used)))}" free."
            </li>
            <li hidden=has_plan>
                "No iCloud+ plan is large enough for this backup: free space or leave videos out."
            </li>
        }
    });
    view! {
        <p>
            <strong>"Not enough space in "{name}": "{missing()}" short."</strong>
            " "{nearest(verdict, |v| Some(v.free))}" free, "{up(verdict, |v| Some(v.needed))}" needed."
        </p>
        <ul class="advice">
            {free_up}
            <li>"Or leave videos out of the backup (" <a href="#step-7">"step 7"</a> ") to make it smaller."</li>
            {plan}
        </ul>
    }
}

/// One amount of the verdict, when there is one.
type Amount = fn(&Verdict) -> Option<Bytes>;

fn nearest(verdict: Memo<Option<Verdict>>, amount: Amount) -> impl IntoView {
    size(verdict, amount, Rounding::Nearest)
}

/// Needed and missing amounts round up, so acting on them is always enough.
fn up(verdict: Memo<Option<Verdict>>, amount: Amount) -> impl IntoView {
    size(verdict, amount, Rounding::Up)
}

/// A size that never breaks between its number and its unit. Without an
/// amount it is empty rather than absent, so a new answer sets its text
/// instead of adding a text node.
fn size(verdict: Memo<Option<Verdict>>, amount: Amount, rounding: Rounding) -> impl IntoView {
    let text = move || {
        verdict.with(|v| {
            v.as_ref().and_then(amount).map(|bytes| format_size(bytes, rounding)).unwrap_or_default()
        })
    };
    view! { <span class="size">{text}</span> }
}
