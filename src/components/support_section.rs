use helper_core::progress::StepStatus;
use helper_core::template::slots;
use leptos::prelude::*;

use super::copy_box::CopyBox;
use super::external_link::ExternalLink;
use super::screen_pictures::LinePictures;
use super::tap_path::InstructionText;
use crate::page_guide::guide;
use crate::part::Part;
use crate::progress_signals::ProgressSignals;

/// Where to turn when no step helped, and what to tell them, with what the
/// user sees and has tried ready to copy.
#[component]
pub fn SupportSection(progress: ProgressSignals) -> impl IntoView {
    let guide = guide();
    let words = &guide.support;
    let count = guide.numbers.integer(guide.steps.len() as u64);
    let tried = tried_steps(progress);
    let contacts = words.contacts.iter().map(|contact| {
        view! {
            <li>
                <h3>{contact.name.as_str()}</h3>
                <p>{words.contact_them.as_str()}{contact.for_what.as_str()}</p>
                <p>
                    <ExternalLink link=&contact.link/>
                </p>
                {contact.in_app.as_ref().map(|line| view! { <p><InstructionText line=line/></p><LinePictures line=line/> })}
            </li>
        }
    });
    view! {
        <section id="support" class="support" aria-labelledby="support-title">
            <h2 id="support-title">{words.heading.as_str()}</h2>
            <p>{words.intro.fill(slots::Count { count: &count })}</p>
            <ul class="contacts">{contacts.collect_view()}</ul>
            <h3>{words.tell_heading.as_str()}</h3>
            <ul class="tell">{words.tell.iter().map(|line| view! { <li>{line.as_str()}</li> }).collect_view()}</ul>
            <TriedSteps tried=tried/>
            <SupportSummary progress=progress tried=tried/>
        </section>
    }
}

/// The steps marked done, in the order shown: their numbers, and their titles.
pub type Tried = Memo<Vec<(String, &'static str)>>;

pub fn tried_steps(progress: ProgressSignals) -> Tried {
    let guide = guide();
    let (steps, order) = (progress.steps, progress.order);
    Memo::new(move |_| {
        steps.with(|s| {
            order.with(|o| {
                (1..)
                    .zip(o.keys())
                    .filter(|(_, key)| s.status(key) == StepStatus::Done)
                    .map(|(number, key)| {
                        (guide.numbers.integer(number as u64), guide.step(key).map_or("", |step| &step.title))
                    })
                    .collect()
            })
        })
    })
}

/// The tried steps as a list in words, each as `part` writes it.
fn listed(tried: Tried, part: impl Fn(&(String, &'static str)) -> String) -> String {
    tried.with(|tried| guide().numbers.list(&tried.iter().map(part).collect::<Vec<_>>()))
}

/// "You have tried steps 1, 2 and 4", or that nothing is marked done yet.
#[component]
pub fn TriedSteps(tried: Tried) -> impl IntoView {
    let words = &guide().support;
    view! {
        <p class="tried" data-part=Part::TriedSteps.name()>
            {move || match tried.with(Vec::is_empty) {
                true => words.tried_none.to_string(),
                false => words.tried.fill(slots::Steps { steps: &listed(tried, |t| t.0.clone()) }),
            }}
        </p>
    }
}

/// For support: the symptom, unless "not sure", and the fixes tried, ready to copy.
#[component]
pub fn SupportSummary(progress: ProgressSignals, tried: Tried) -> impl IntoView {
    let words = &guide().support;
    let summary = Memo::new(move |_| {
        let seen = progress.chosen.get().filter(|symptom| !symptom.plan.is_empty());
        let seen = seen.map(|symptom| words.seen.fill(slots::Symptom { symptom: &symptom.label }));
        let titled = |t: &(String, &str)| words.tried_step.fill(slots::Title { title: t.1 });
        let tried = (!tried.with(Vec::is_empty))
            .then(|| words.tried_summary.fill(slots::Steps { steps: &listed(tried, titled) }));
        seen.into_iter().chain(tried).collect::<Vec<_>>().join("\n")
    });
    view! { <CopyBox text=summary attr:data-part=Part::SupportSummary.name()/> }
}
