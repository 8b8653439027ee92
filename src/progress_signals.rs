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
    /// All of it, as saved; whoever reads it follows both parts.
    pub fn get(self) -> Progress {
        Progress { steps: self.steps.get(), checker: self.checker.get() }
    }

    pub fn get_untracked(self) -> Progress {
        Progress { steps: self.steps.get_untracked(), checker: self.checker.get_untracked() }
    }

    pub fn set(self, progress: Progress) {
        self.steps.set(progress.steps);
        self.checker.set(progress.checker);
    }
}
