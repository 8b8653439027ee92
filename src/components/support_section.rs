use helper_core::guide::{SUPPORT, SUPPORT_INTRO, SUPPORT_TITLE, TELL_SUPPORT};
use helper_core::progress::{StepProgress, StepStatus, STEP_COUNT};
use leptos::prelude::*;

use super::external_link::ExternalLink;
use super::tap_path::InstructionText;

/// Where to turn when no step helped, and what to tell them.
#[component]
pub fn SupportSection(steps: RwSignal<StepProgress>) -> impl IntoView {
    let tried = Memo::new(move |_| {
        steps.with(|s| {
            (0..STEP_COUNT).filter(|&i| s.status(i) == StepStatus::Done).map(|i| i + 1).collect::<Vec<_>>()
        })
    });
    let contacts = SUPPORT.iter().map(|contact| {
        view! {
            <li>
                <h3>{contact.name}</h3>
                <p>"Contact them "{contact.for_what}</p>
                <p>
                    <ExternalLink link=&contact.link/>
                </p>
                {contact.in_app.as_ref().map(|line| view! { <p><InstructionText line=line/></p> })}
            </li>
        }
    });
    view! {
        <section id="support" class="support" aria-labelledby="support-title">
            <h2 id="support-title">{SUPPORT_TITLE}</h2>
            <p>{SUPPORT_INTRO}</p>
            <ul class="contacts">{contacts.collect_view()}</ul>
            <h3>"What to tell them"</h3>
            <ul class="tell">
                {TELL_SUPPORT.iter().map(|line| view! { <li>{*line}</li> }).collect_view()}
            </ul>
            <p class="tried">
                {move || match tried.get().as_slice() {
                    [] => "You haven't marked any step as done yet.".to_owned(),
                    steps => format!("Steps you marked done: {}.", join_numbers(steps)),
                }}
            </p>
        </section>
    }
}

/// 1, 2 and 3.
fn join_numbers(numbers: &[usize]) -> String {
    let text: Vec<String> = numbers.iter().map(usize::to_string).collect();
    match text.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => text.concat(),
    }
}
