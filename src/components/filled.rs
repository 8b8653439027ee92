use helper_core::guide::StepKey;
use helper_core::template::{Part, Template};
use leptos::prelude::*;

use crate::guide_static::guide;

/// A text from the content built around one link to a step: "Or leave
/// videos out of the backup ({step:no-videos})". The content was checked
/// when the page was built, so the template has that one link.
#[component]
pub fn TextWithStepLink(template: &'static Template) -> impl IntoView {
    let (before, link, after) = template.around_one().unwrap_or((template.as_str(), Part::Text(""), ""));
    let link = match link {
        Part::StepLink(key) => Some(view! { <StepLink key=StepKey::new(key)/> }),
        _ => None,
    };
    view! { {before}{link}{after} }
}

/// A link to a step inside a sentence, "step 7", numbered as it is shown.
#[component]
fn StepLink(key: StepKey) -> impl IntoView {
    let guide = guide();
    let number = guide.number(&key).unwrap_or_default().to_string();
    view! { <a href=format!("#{}", key.anchor())>{guide.step.step_ref.fill(&[("number", &number)])}</a> }
}
