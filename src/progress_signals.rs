//! The user's progress as the page's live state. Each part has a signal of
//! its own, so that a keystroke in the checker re-runs nothing that only
//! shows the steps, and the order of the steps follows the symptom chosen.

use helper_core::guide::{StepKey, Symptom, SymptomKey};
use helper_core::plan::Order;
use helper_core::progress::{Progress, StepProgress};
use helper_core::space::{assess, Assessment, CheckerInputs};
use leptos::prelude::*;

use crate::page_guide::guide;

#[derive(Clone, Copy)]
pub struct ProgressSignals {
    pub steps: RwSignal<StepProgress>,
    pub checker: RwSignal<CheckerInputs>,
    /// What the checker's fields hold, worked out once per keystroke for
    /// the checker and the upload estimate, which share the backup size.
    pub assessment: Memo<Assessment>,
    pub symptom: RwSignal<Option<SymptomKey>>,
    pub upload_speed: RwSignal<String>,
    /// The symptom chosen, as the guide has it.
    pub chosen: Memo<Option<&'static Symptom>>,
    /// The steps in the order shown: the symptom's plan first.
    pub order: Memo<Order<'static>>,
    /// Where the user is: the first step of the order neither done nor skipped.
    pub current: Memo<Option<&'static StepKey>>,
}

/// Fresh progress, as the page is pre-rendered.
impl Default for ProgressSignals {
    fn default() -> ProgressSignals {
        let symptom = RwSignal::new(None::<SymptomKey>);
        let steps = RwSignal::<StepProgress>::default();
        let checker = RwSignal::<CheckerInputs>::default();
        let order = Memo::new(move |_| symptom.with(|symptom| Order::for_symptom(guide(), symptom.as_ref())));
        ProgressSignals {
            steps,
            checker,
            assessment: Memo::new(move |_| checker.with(|inputs| assess(inputs, &guide().numbers))),
            symptom,
            upload_speed: RwSignal::default(),
            chosen: Memo::new(move |_| symptom.with(|key| guide().symptom(key.as_ref()?.as_str()))),
            order,
            current: Memo::new(move |_| {
                steps.with(|s| order.with(|o| s.current_step(o.keys().iter().copied())))
            }),
        }
    }
}

impl ProgressSignals {
    /// Whether nothing is ticked, chosen or typed. Once a step is answered,
    /// it no longer follows the checker, so a keystroke re-runs nothing here.
    pub fn is_empty(self) -> bool {
        self.steps.with(StepProgress::is_empty)
            && self.symptom.with(Option::is_none)
            && self.checker.with(CheckerInputs::is_empty)
            && self.upload_speed.with(String::is_empty)
    }

    /// Follows every change, without reading anything.
    pub fn track(self) {
        self.steps.track();
        self.checker.track();
        self.symptom.track();
        self.upload_speed.track();
    }

    pub fn get_untracked(self) -> Progress {
        Progress {
            steps: self.steps.get_untracked(),
            checker: self.checker.get_untracked(),
            symptom: self.symptom.get_untracked(),
            upload_speed: self.upload_speed.get_untracked(),
        }
    }

    pub fn set(self, progress: Progress) {
        self.steps.set(progress.steps);
        self.checker.set(progress.checker);
        self.symptom.set(progress.symptom);
        self.upload_speed.set(progress.upload_speed);
    }
}
