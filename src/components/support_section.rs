use helper_core::progress::{StepProgress, StepStatus};
use leptos::prelude::*;

use super::external_link::ExternalLink;
use super::tap_path::InstructionText;
use crate::guide_static::guide;

/// Where to turn when no step helped, and what to tell them.
#[component]
pub fn SupportSection(steps: RwSignal<StepProgress>) -> impl IntoView {
    let guide = guide();
    let words = &guide.support;
    let count = guide.steps.len().to_string();
    // The numbers of the steps marked done, in the order shown.
    let tried = Memo::new(move |_| {
        steps.with(|s| {
            (1..)
                .zip(guide.keys())
                .filter(|(_, key)| s.status(key) == StepStatus::Done)
                .map(|(number, _)| number.to_string())
                .collect::<Vec<_>>()
        })
    });
    let contacts = words.contacts.iter().map(|contact| {
        view! {
            <li>
                <h3>{contact.name.as_str()}</h3>
                <p>{words.contact_them.as_str()}{contact.for_what.as_str()}</p>
                <p>
                    <ExternalLink link=&contact.link/>
                </p>
                {contact.in_app.as_ref().map(|line| view! { <p><InstructionText line=line/></p> })}
            </li>
        }
    });
    view! {
        <section id="support" class="support" aria-labelledby="support-title">
            <h2 id="support-title">{words.heading.as_str()}</h2>
            <p>{words.intro.fill(&[("count", &count)])}</p>
            <ul class="contacts">{contacts.collect_view()}</ul>
            <h3>{words.tell_heading.as_str()}</h3>
            <ul class="tell">{words.tell.iter().map(|line| view! { <li>{line.as_str()}</li> }).collect_view()}</ul>
            <p class="tried">
                {move || {
                    tried.with(|numbers| match numbers.as_slice() {
                        [] => words.tried_none.to_string(),
                        numbers => words.tried.fill(&[("steps", &guide.numbers.list(numbers))]),
                    })
                }}
            </p>
        </section>
    }
}
