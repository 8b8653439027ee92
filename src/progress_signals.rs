//! The user's progress as the page's live state. The steps' answers and the
//! checker's text each have a signal of their own, so that a keystroke in
//! the checker re-runs nothing that only shows the steps.

use helper_core::progress::{Progress, StepProgress};
use helper_core::space::CheckerInputs;
use leptos::prelude::*;

#[derive(Clone, Copy, Default)]
pub struct ProgressSignals {
    pub steps: RwSignal<StepProgress>,
    pub checker: RwSignal<CheckerInputs>,
}

impl ProgressSignals {
    /// Whether nothing is ticked or typed. Once a step is answered, it no
    /// longer follows the checker, so a keystroke re-runs nothing here.
    pub fn is_empty(self) -> bool {
        self.steps.with(StepProgress::is_empty) && self.checker.with(CheckerInputs::is_empty)
    }

    /// Follows every change, without reading anything.
    pub fn track(self) {
        self.steps.track();
        self.checker.track();
    }

    pub fn get_untracked(self) -> Progress {
        Progress { steps: self.steps.get_untracked(), checker: self.checker.get_untracked() }
    }

    pub fn set(self, progress: Progress) {
        self.steps.set(progress.steps);
        self.checker.set(progress.checker);
    }
}
