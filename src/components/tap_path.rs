use helper_core::guide::Instruction;
use helper_core::guide::Placement;
use helper_core::template::{slots, TemplateText};
use helper_core::text::Text;
use leptos::prelude::*;

use crate::page_guide::guide;

/// Where to tap, as a breadcrumb: Settings › your name › iCloud. The
/// stylesheet draws the arrows and gives them the words screen readers say
/// instead ("Settings, then your name, then iCloud"), so a path costs the
/// page one element per place to tap.
///
/// A section's heading is found, not tapped: with what the path taps by
/// it, it is one place, "See All next to Saved to iCloud".
#[component]
pub fn TapPath(path: &'static [Text]) -> impl IntoView {
    let guide = guide();
    let words = &guide.step;
    let text = |key: &str| guide.label(key).map_or("", |label| &*label.text);
    let mut keys = path.iter();
    let items = std::iter::from_fn(move || {
        let key = keys.next()?;
        let label = guide.label(key);
        let heading = label.and_then(|label| label.heading);
        let by_heading = heading.and_then(|placement| Some((placement, keys.next()?)));
        let (place, aside) = match by_heading {
            Some((placement, row)) => {
                let template = match placement {
                    Placement::Beside => &words.beside_heading,
                    Placement::Under => &words.under_heading,
                };
                (template.fill(slots::LabelHeading { label: text(row), heading: text(key) }), "")
            }
            None => (text(key).to_owned(), label.map_or("", |label| &*label.aside)),
        };
        let aside = (!aside.is_empty()).then(|| view! { <span class="tap-aside">{aside}</span> });
        Some(view! { <span class="tap-item">{place}{aside}</span> })
    });
    view! { <span class="tap-path">{items.collect_view()}</span> }
}

/// A line's tap path, then what iOS 17 and earlier shows instead where it
/// differs: "Saved to iCloud › See All (on iOS 17 and earlier: Apps Using
/// iCloud › Show All)". Nothing for a line that says nowhere to tap.
#[component]
pub fn LinePath(path: &'static [Text], older_path: &'static [Text]) -> impl IntoView {
    let around = guide().step.older_path.around_one().filter(|_| !older_path.is_empty());
    let older = around.map(|(before, _, after)| {
        view! { <span class="older-path">{before}<TapPath path=older_path/>{after}</span> }
    });
    (!path.is_empty()).then(|| view! { " "<TapPath path=path/>{older} })
}

/// One line of instructions: what to do, then where, if it says where,
/// then what follows.
#[component]
pub fn InstructionText(line: &'static Instruction) -> impl IntoView {
    let after = (!line.after.is_empty()).then_some(line.after.as_str());
    view! { {line.text.as_str()}<LinePath path=&line.path older_path=&line.older_path/>{after} }
}
