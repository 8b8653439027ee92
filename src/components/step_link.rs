use helper_core::guide::StepKey;
use helper_core::plan::Order;
use helper_core::template::{slots, Part, Template, TemplateText};
use leptos::prelude::*;

use crate::page_guide::guide;

/// A text from the content built around one link to a step. The link is
/// `{step:KEY}` in the text ("Or leave videos out of the backup
/// ({step:no-videos})"), or `{step}`, which stands for `step` ("{step}
/// fixed it"). It reads as `wording` says, with the step's number in the
/// order shown, which follows the symptom chosen: "step 7", "Step 3". The
/// content was checked when the page was built, so the text has its one link.
pub fn text_with_step_link(
    template: &'static dyn TemplateText,
    step: Option<StepKey>,
    wording: &'static Template<slots::Number<'static>>,
    order: Memo<Order<'static>>,
) -> impl IntoView {
    let (before, part, after) = template.around_one().unwrap_or((template.text(), Part::Text(""), ""));
    let key = match part {
        Part::StepLink(key) => Some(StepKey::new(key)),
        Part::Slot(_) => step,
        Part::Text(_) => None,
    };
    let guide = guide();
    let link = key.map(|key| {
        let href = format!("#{}", key.anchor());
        let number =
            move || guide.numbers.integer(order.with(|order| order.number(&key)).unwrap_or_default() as u64);
        view! { <a href=href>{move || wording.fill(slots::Number { number: &number() })}</a> }
    });
    view! { {before}{link}{after} }
}
