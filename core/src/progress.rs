//! The user's progress through the guide, and how it is saved.
//!
//! Saved progress is read defensively: it may be corrupt, written by an
//! older or newer page, edited by hand, or huge. Whatever can be understood
//! is kept and the rest dropped, so nothing stored can break the page.

use crate::guide::{step_index, STEPS};
use crate::json::Json;
use crate::space::{CheckerInputs, Field};

/// The number of steps in the guide.
pub const STEP_COUNT: usize = STEPS.len();

/// Where progress is saved in localStorage: one key, named for this page.
pub const STORAGE_KEY: &str = "whatsapp-backup-helper.progress";

/// The version of the saved format. Raise it when the shape changes, and
/// teach [`Progress::from_saved`] to read the old shape.
pub const FORMAT_VERSION: u64 = 1;

/// Saved text longer than this is not ours: real progress is well under 1 KB.
pub const MAX_SAVED_LEN: usize = 16 * 1024;

/// Longest text kept per checker field; the page's inputs stop there too.
pub const MAX_INPUT_LEN: usize = 64;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StepStatus {
    #[default]
    Open,
    Done,
    Skipped,
}

impl StepStatus {
    fn as_str(self) -> &'static str {
        match self {
            StepStatus::Open => "open",
            StepStatus::Done => "done",
            StepStatus::Skipped => "skipped",
        }
    }

    fn from_str(text: &str) -> Option<StepStatus> {
        match text {
            "open" => Some(StepStatus::Open),
            "done" => Some(StepStatus::Done),
            "skipped" => Some(StepStatus::Skipped),
            _ => None,
        }
    }
}

/// Everything the user has told the page. It is saved as one, but its two
/// parts change apart: typing in the checker leaves the steps as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub steps: StepProgress,
    pub checker: CheckerInputs,
}

/// The user's answer for each step, and which step fixed the backup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepProgress {
    statuses: [StepStatus; STEP_COUNT],
    /// The step the user said fixed their backup.
    fixed_by: Option<usize>,
}

/// How well saved progress could be read back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// Nothing was saved, or everything saved was understood.
    Complete,
    /// Some of it was not understood and was left out.
    Partial,
    /// None of it could be read; the user starts fresh.
    Unreadable,
}

impl StepProgress {
    /// No step answered.
    pub fn is_empty(&self) -> bool {
        *self == StepProgress::default()
    }

    pub fn status(&self, step: usize) -> StepStatus {
        self.statuses.get(step).copied().unwrap_or_default()
    }

    pub fn set_done(&mut self, step: usize, done: bool) {
        if let Some(status) = self.statuses.get_mut(step) {
            *status = if done { StepStatus::Done } else { StepStatus::Open };
        }
    }

    /// Skips an open or done step, or reopens a skipped one.
    pub fn toggle_skipped(&mut self, step: usize) {
        if let Some(status) = self.statuses.get_mut(step) {
            *status = if *status == StepStatus::Skipped { StepStatus::Open } else { StepStatus::Skipped };
        }
    }

    /// Records that this step fixed the backup; a step that fixed it is done.
    pub fn mark_fixed_by(&mut self, step: usize) {
        if step < STEP_COUNT {
            self.fixed_by = Some(step);
            self.set_done(step, true);
        }
    }

    pub fn clear_fixed(&mut self) {
        self.fixed_by = None;
    }

    pub fn fixed_by(&self) -> Option<usize> {
        self.fixed_by
    }

    pub fn done_count(&self) -> usize {
        self.statuses.iter().filter(|&&s| s == StepStatus::Done).count()
    }

    pub fn skipped_count(&self) -> usize {
        self.statuses.iter().filter(|&&s| s == StepStatus::Skipped).count()
    }

    /// The first step neither done nor skipped: where the user is now.
    pub fn current_step(&self) -> Option<usize> {
        self.statuses.iter().position(|&s| s == StepStatus::Open)
    }
}

impl Progress {
    /// The saved form, as JSON text. Steps are stored by key, so that a
    /// later page with reordered or added steps still finds them.
    pub fn to_json(&self) -> String {
        let text = |text: &str| Json::Text(text.to_owned());
        let steps = STEPS
            .iter()
            .zip(self.steps.statuses)
            .filter(|(_, status)| *status != StepStatus::Open)
            .map(|(step, status)| (step.key.to_owned(), text(status.as_str())))
            .collect();
        let checker = Field::ALL
            .iter()
            .filter(|&&field| !self.checker.get(field).is_empty())
            .map(|&field| (field_key(field).to_owned(), text(self.checker.get(field))))
            .collect();
        Json::Map(vec![
            ("version".to_owned(), Json::Number(FORMAT_VERSION as f64)),
            ("steps".to_owned(), Json::Map(steps)),
            ("fixedBy".to_owned(), self.steps.fixed_by.map_or(Json::Null, |i| text(STEPS[i].key))),
            ("checker".to_owned(), Json::Map(checker)),
        ])
        .to_text()
    }

    /// Reads saved progress, keeping every part that makes sense. `saved`
    /// is the parsed text, or None when it was not JSON (or too long to be
    /// ours: see [`MAX_SAVED_LEN`]).
    pub fn from_saved(saved: Option<&Json>) -> (Progress, Recovery) {
        let mut progress = Progress::default();
        let Some(saved @ Json::Map(_)) = saved else {
            return (progress, Recovery::Unreadable);
        };
        let mut lost = false;
        // Version 1 is the only shape so far; a newer page's data is read the
        // same way, field by field, and whatever is not understood is dropped.
        lost |= !matches!(saved.get("version"), Some(Json::Number(v)) if *v >= 1.0);

        match saved.get("steps") {
            Some(Json::Map(steps)) => {
                for (key, status) in steps {
                    match (step_index(key), status.as_text().and_then(StepStatus::from_str)) {
                        (Some(index), Some(status)) => progress.steps.statuses[index] = status,
                        _ => lost = true,
                    }
                }
            }
            None => {}
            Some(_) => lost = true,
        }
        match saved.get("fixedBy") {
            None | Some(Json::Null) => {}
            Some(key) => match key.as_text().and_then(step_index) {
                Some(index) => progress.steps.mark_fixed_by(index),
                None => lost = true,
            },
        }
        match saved.get("checker") {
            Some(checker @ Json::Map(_)) => {
                for field in Field::ALL {
                    match checker.get(field_key(field)) {
                        None => {}
                        Some(Json::Text(text)) if text.chars().count() <= MAX_INPUT_LEN => {
                            *progress.checker.get_mut(field) = text.clone();
                        }
                        Some(_) => lost = true,
                    }
                }
            }
            None => {}
            Some(_) => lost = true,
        }
        (progress, if lost { Recovery::Partial } else { Recovery::Complete })
    }
}

fn field_key(field: Field) -> &'static str {
    match field {
        Field::Backup => "backup",
        Field::ICloudUsed => "icloudUsed",
        Field::ICloudTotal => "icloudTotal",
        Field::IPhoneUsed => "iphoneUsed",
        Field::IPhoneCapacity => "iphoneCapacity",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads saved text as the page does: too long is not parsed at all.
    fn from_json(text: &str) -> (Progress, Recovery) {
        let tree = (text.len() <= MAX_SAVED_LEN).then(|| crate::json::tests::parse(text)).flatten();
        Progress::from_saved(tree.as_ref())
    }

    fn sample() -> Progress {
        let mut progress = Progress::default();
        progress.steps.set_done(0, true);
        progress.steps.set_done(1, true);
        progress.steps.toggle_skipped(3);
        progress.steps.mark_fixed_by(2);
        progress.checker.set(Field::Backup, "1.2 GB");
        progress.checker.set(Field::ICloudUsed, "3.1 GB of 5 GB used");
        progress
    }

    #[test]
    fn counts_and_current_step() {
        let progress = sample();
        assert_eq!(progress.steps.done_count(), 3);
        assert_eq!(progress.steps.skipped_count(), 1);
        assert_eq!(progress.steps.current_step(), Some(4));
        assert_eq!(progress.steps.fixed_by(), Some(2));
        assert_eq!(Progress::default().steps.current_step(), Some(0));
    }

    #[test]
    fn done_and_skipped_exclude_each_other() {
        let mut progress = Progress::default();
        progress.steps.set_done(5, true);
        progress.steps.toggle_skipped(5);
        assert_eq!(progress.steps.status(5), StepStatus::Skipped);
        progress.steps.set_done(5, true);
        assert_eq!(progress.steps.status(5), StepStatus::Done);
        progress.steps.toggle_skipped(5);
        progress.steps.toggle_skipped(5);
        assert_eq!(progress.steps.status(5), StepStatus::Open);
    }

    #[test]
    fn out_of_range_steps_change_nothing() {
        let mut progress = Progress::default();
        progress.steps.set_done(STEP_COUNT, true);
        progress.steps.toggle_skipped(99);
        progress.steps.mark_fixed_by(8);
        assert_eq!(progress, Progress::default());
        assert_eq!(progress.steps.status(42), StepStatus::Open);
    }

    #[test]
    fn a_tick_or_one_typed_size_makes_its_part_non_empty() {
        let mut ticked = Progress::default();
        assert!(ticked.steps.is_empty() && ticked.checker.is_empty());
        ticked.steps.toggle_skipped(0);
        assert!(!ticked.steps.is_empty() && ticked.checker.is_empty());
        let mut typed = Progress::default();
        typed.checker.set(Field::IPhoneCapacity, "128");
        assert!(typed.steps.is_empty() && !typed.checker.is_empty());
    }

    #[test]
    fn round_trips_through_its_saved_form() {
        let progress = sample();
        let saved = progress.to_json();
        assert_eq!(from_json(&saved), (progress, Recovery::Complete));
        assert_eq!(from_json(&Progress::default().to_json()), (Progress::default(), Recovery::Complete));
    }

    #[test]
    fn the_saved_form_is_versioned_and_keyed_by_step_name() {
        // Read back by another JSON library, as any other reader would.
        let saved: serde_json::Value = serde_json::from_str(&sample().to_json()).unwrap();
        assert_eq!(saved["version"], 1);
        assert_eq!(saved["steps"]["icloud-access"], "done");
        assert_eq!(saved["steps"]["system-status"], "skipped");
        assert_eq!(saved["fixedBy"], "back-up-now");
        assert_eq!(saved["checker"]["icloudTotal"], "5 GB");
    }

    #[test]
    fn unreadable_data_starts_fresh() {
        for saved in ["", "{", "null", "[1,2]", "\"done\"", "42", "{\"steps\":", "\u{0}\u{1}"] {
            assert_eq!(from_json(saved), (Progress::default(), Recovery::Unreadable), "{saved:?}");
        }
    }

    #[test]
    fn huge_data_is_not_even_parsed() {
        let huge = format!("{{\"version\":1,\"pad\":\"{}\"}}", "x".repeat(5 * 1024 * 1024));
        assert_eq!(from_json(&huge), (Progress::default(), Recovery::Unreadable));
    }

    #[test]
    fn keeps_what_makes_sense_and_drops_the_rest() {
        let saved = r#"{
            "version": 1,
            "steps": {"icloud-access": "done", "restart": "skipped", "gone-step": "done", "update": 7},
            "fixedBy": "no-such-step",
            "checker": {"backup": "2 GB", "icloudUsed": 12, "iphoneUsed": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}
        }"#;
        let (progress, recovery) = from_json(saved);
        assert_eq!(recovery, Recovery::Partial);
        assert_eq!(progress.steps.status(0), StepStatus::Done);
        assert_eq!(progress.steps.status(4), StepStatus::Skipped);
        assert_eq!(progress.steps.status(5), StepStatus::Open);
        assert_eq!(progress.steps.fixed_by(), None);
        assert_eq!(progress.checker.backup, "2 GB");
        assert_eq!(progress.checker.icloud_used, "");
        assert_eq!(progress.checker.iphone_used, "");
    }

    #[test]
    fn wrong_types_for_whole_sections_are_dropped_not_fatal() {
        let (progress, recovery) =
            from_json(r#"{"version":1,"steps":[1,2],"checker":"x","fixedBy":"restart"}"#);
        assert_eq!(recovery, Recovery::Partial);
        assert_eq!(progress.steps.fixed_by(), Some(4));
        assert_eq!(progress.steps.status(4), StepStatus::Done);
    }

    #[test]
    fn a_missing_version_is_read_but_reported() {
        let (progress, recovery) = from_json(r#"{"steps":{"update":"done"}}"#);
        assert_eq!(recovery, Recovery::Partial);
        assert_eq!(progress.steps.status(5), StepStatus::Done);
    }
}
