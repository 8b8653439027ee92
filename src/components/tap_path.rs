use helper_core::guide::Instruction;
use leptos::prelude::*;

/// Where to tap, as a breadcrumb: Settings › your name › iCloud. The
/// stylesheet draws the arrows and gives them the words screen readers say
/// instead ("Settings, then your name, then iCloud"), so a path costs the
/// page one element per place to tap.
#[component]
pub fn TapPath(path: &'static [&'static str]) -> impl IntoView {
    let items = path.iter().map(|item| view! { <span class="tap-item">{*item}</span> });
    view! { <span class="tap-path">{items.collect_view()}</span> }
}

/// One line of instructions: what to do, then where, if it says where.
#[component]
pub fn InstructionText(line: &'static Instruction) -> impl IntoView {
    let path = (!line.path.is_empty()).then(|| view! { " "<TapPath path=line.path/> });
    view! { {line.text}{path} }
}
