use helper_core::guide::Instruction;
use helper_core::text::Text;
use leptos::prelude::*;

use crate::guide_static::guide;

/// Where to tap, as a breadcrumb: Settings › your name › iCloud. The
/// stylesheet draws the arrows and gives them the words screen readers say
/// instead ("Settings, then your name, then iCloud"), so a path costs the
/// page one element per place to tap.
#[component]
pub fn TapPath(path: &'static [Text]) -> impl IntoView {
    let guide = guide();
    let items = path.iter().map(|key| view! { <span class="tap-item">{guide.label(key)}</span> });
    view! { <span class="tap-path">{items.collect_view()}</span> }
}

/// One line of instructions: what to do, then where, if it says where,
/// then what follows.
#[component]
pub fn InstructionText(line: &'static Instruction) -> impl IntoView {
    let path = (!line.path.is_empty()).then(|| view! { " "<TapPath path=&line.path/> });
    let after = (!line.after.is_empty()).then_some(line.after.as_str());
    view! { {line.text.as_str()}{path}{after} }
}
