use helper_core::guide::Symptom;
use leptos::prelude::*;

use super::upload_estimate::UploadEstimate;
use crate::guide_static::guide;
use crate::progress_signals::ProgressSignals;

/// "What do you see?": the user picks what their backup does, and the
/// steps most likely to help move to the top, with the plan shown here.
/// Without scripts the steps keep their own order, so the question is
/// shown only where it works.
#[component]
pub fn SymptomQuestion(progress: ProgressSignals) -> impl IntoView {
    let guide = guide();
    let words = &guide.question;
    let chosen_key = progress.symptom;
    let chosen =
        Memo::new(move |_| chosen_key.with(|key| key.as_ref().and_then(|key| guide.symptom(key.as_str()))));
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
        <section id="plan" class="question with-controls" aria-labelledby="question-title">
            <fieldset aria-describedby="question-hint">
                <legend>
                    <h2 id="question-title">{words.heading.as_str()}</h2>
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

/// The steps the chosen symptom puts first, each with why, and a link that
/// opens the guide with this plan.
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
            // Only the heading is announced as the plan changes, not every step.
            <div aria-live="polite">
                {move || {
                    plan.get().map(|symptom| {
                        let count = symptom.plan.len().to_string();
                        view! { <h3>{words.plan_heading.fill(&[("count", &count)])}</h3> }
                    })
                }}
            </div>
            {move || {
                plan.get().map(|symptom| {
                    view! {
                        <ol class="plan-steps">{steps(symptom).collect_view()}</ol>
                        <p class="hint">{words.plan_after.as_str()}</p>
                        <p>
                            <a href=format!("?symptom={}#plan", symptom.key.as_str())>{words.share.as_str()}</a>
                        </p>
                    }
                })
            }}
        </div>
    }
}
