use helper_core::guide::Symptom;
use helper_core::template::slots;
use leptos::prelude::*;

use super::upload_estimate::UploadEstimate;
use crate::page_guide::guide;
use crate::part::Part;
use crate::progress_signals::ProgressSignals;
use crate::{clipboard, deep_link};

/// "What do you see?": the user picks what their backup does, and the
/// steps most likely to help move to the top, with the plan shown here.
/// Without scripts the steps keep their own order, so the question is
/// shown only where it works.
#[component]
pub fn SymptomQuestion(progress: ProgressSignals) -> impl IntoView {
    let guide = guide();
    let words = &guide.question;
    let (chosen_key, chosen) = (progress.symptom, progress.chosen);
    let options = guide.symptoms.iter().map(|symptom| {
        let key = &symptom.key;
        view! {
            <label class="symptom">
                <input
                    type="radio"
                    name="symptom"
                    value=key.as_str()
                    prop:checked=move || chosen_key.with(|chosen| chosen.as_ref() == Some(key))
                    on:change=move |_| chosen_key.set(Some(key.clone()))
                />
                <span>{symptom.label.as_str()}</span>
            </label>
        }
    });
    view! {
        <section id="plan" class="question with-controls" data-part=Part::SymptomQuestion.name()>
            <fieldset aria-describedby="question-hint">
                <legend>
                    <h2>{words.heading.as_str()}</h2>
                </legend>
                <p class="hint" id="question-hint">{words.hint.as_str()}</p>
                <div class="symptoms">{options.collect_view()}</div>
            </fieldset>
            <YourPlan chosen=chosen/>
            <div hidden=move || !chosen.with(|symptom| symptom.is_some_and(|symptom| symptom.estimate))>
                <UploadEstimate progress=progress/>
            </div>
        </section>
    }
}

/// The steps the chosen symptom puts first, each with why, and a way to
/// share a link that opens the guide with this plan.
#[component]
fn YourPlan(chosen: Memo<Option<&'static Symptom>>) -> impl IntoView {
    let guide = guide();
    let words = &guide.question;
    let plan = Memo::new(move |_| chosen.get().filter(|symptom| !symptom.plan.is_empty()));
    let steps = move |symptom: &'static Symptom| {
        symptom.plan.iter().map(|planned| {
            let title = guide.step(&planned.step).map_or("", |step| &step.title);
            view! {
                <li>
                    <a href=format!("#{}", planned.step.anchor())>{title}</a>
                    <span class="why-first">
                        <strong>{words.why_first.as_str()}</strong>
                        {planned.why.as_str()}
                    </span>
                </li>
            }
        })
    };
    view! {
        <div class="plan" class:has-plan=move || plan.with(Option::is_some)>
            // Only what was chosen and the heading are announced as the plan
            // changes, not every step.
            <div aria-live="polite">
                {move || {
                    plan.get().map(|symptom| {
                        let count = symptom.plan.len() as u64;
                        view! {
                            <h3>
                                <span class="visually-hidden">{symptom.label.as_str()}": "</span>
                                {words.plan_heading.count(&guide.numbers, count)}
                            </h3>
                        }
                    })
                }}
            </div>
            {move || {
                plan.get().map(|symptom| {
                    view! {
                        <ol class="plan-steps">{steps(symptom).collect_view()}</ol>
                        <p class="hint">{words.plan_after.as_str()}</p>
                        <ShareLink symptom=symptom/>
                    }
                })
            }}
        </div>
    }
}

/// Copies the address that opens the guide with this plan.
#[component]
fn ShareLink(symptom: &'static Symptom) -> impl IntoView {
    let words = &guide().question;
    // None until the user copies; then the link, and whether it was copied.
    let shared = RwSignal::new(None::<(String, bool)>);
    let share = move |_| {
        let Some(link) = deep_link::link_to_plan(&symptom.key) else { return };
        leptos::task::spawn_local(async move {
            let copied = clipboard::copy(&link).await;
            shared.set(Some((link, copied)));
        });
    };
    let status = move || {
        shared.with(|shared| match shared {
            Some((_, true)) => words.share_copied.to_string(),
            Some((link, false)) => words.share_failed.fill(slots::Link { link }),
            None => String::new(),
        })
    };
    view! {
        <p class="share">
            <button type="button" class="secondary" on:click=share>{words.share.as_str()}</button>
            <span class="copied" aria-live="polite">{status}</span>
        </p>
    }
}
