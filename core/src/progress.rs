//! The user's progress through the guide, and how it is saved.
//!
//! Saved progress is read defensively: it may be corrupt, written by an
//! older or newer page, edited by hand, or huge. Whatever can be understood
//! is kept and the rest dropped, so nothing stored can break the page.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::guide::{Guide, StepKey, SymptomKey};
use crate::space::{CheckerInputs, Field};

/// Where progress is saved in localStorage: one key, named for this page.
pub const STORAGE_KEY: &str = "whatsapp-backup-helper.progress";

/// The version of the saved format. Raise it when the shape changes, and
/// teach [`Progress::from_saved`] to read the old shape.
pub const FORMAT_VERSION: u64 = 1;

/// Saved text longer than this is not ours: real progress is well under 1 KB.
pub const MAX_SAVED_LEN: usize = 16 * 1024;

/// Longest text kept per checker field; the page's inputs stop there too.
pub const MAX_INPUT_LEN: usize = 64;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepStatus {
    #[default]
    Open,
    Done,
    Skipped,
}

/// Everything the user has told the page. It is saved as one, but its
/// parts change apart: typing in the checker leaves the steps as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub steps: StepProgress,
    pub checker: CheckerInputs,
    /// The answer to "What do you see?".
    pub symptom: Option<SymptomKey>,
    /// The upload speed as typed for "Is it stuck, or just slow?".
    pub upload_speed: String,
}

/// The user's answer for each step, by key, and which step fixed the backup.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepProgress {
    /// Only the steps that are done or skipped, in key order: an open step
    /// has no entry. (A sorted list: a map would cost the page's wasm ten
    /// times the code, for a dozen entries.)
    statuses: Vec<(StepKey, StepStatus)>,
    /// The step the user said fixed their backup.
    fixed_by: Option<StepKey>,
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

impl StepStatus {
    /// A status as saved: "done", "skipped" or "open".
    fn from_saved(text: &str) -> Option<StepStatus> {
        StepStatus::deserialize(de::value::StrDeserializer::<de::value::Error>::new(text)).ok()
    }
}

impl StepProgress {
    /// No step answered.
    pub fn is_empty(&self) -> bool {
        *self == StepProgress::default()
    }

    pub fn status(&self, step: &StepKey) -> StepStatus {
        self.find(step).map_or(StepStatus::Open, |at| self.statuses[at].1)
    }

    fn find(&self, step: &StepKey) -> Result<usize, usize> {
        self.statuses.binary_search_by(|(key, _)| key.cmp(step))
    }

    fn set(&mut self, step: &StepKey, status: StepStatus) {
        match (self.find(step), status) {
            (Ok(at), StepStatus::Open) => drop(self.statuses.remove(at)),
            (Ok(at), status) => self.statuses[at].1 = status,
            (Err(_), StepStatus::Open) => {}
            (Err(at), status) => self.statuses.insert(at, (step.clone(), status)),
        }
    }

    pub fn set_done(&mut self, step: &StepKey, done: bool) {
        self.set(step, if done { StepStatus::Done } else { StepStatus::Open });
    }

    /// Skips an open or done step, or reopens a skipped one.
    pub fn toggle_skipped(&mut self, step: &StepKey) {
        let skipped = self.status(step) == StepStatus::Skipped;
        self.set(step, if skipped { StepStatus::Open } else { StepStatus::Skipped });
    }

    /// Records that this step fixed the backup; a step that fixed it is done.
    pub fn mark_fixed_by(&mut self, step: &StepKey) {
        self.fixed_by = Some(step.clone());
        self.set_done(step, true);
    }

    pub fn clear_fixed(&mut self) {
        self.fixed_by = None;
    }

    pub fn fixed_by(&self) -> Option<&StepKey> {
        self.fixed_by.as_ref()
    }

    pub fn done_count(&self) -> usize {
        self.statuses.iter().filter(|(_, status)| *status == StepStatus::Done).count()
    }

    pub fn skipped_count(&self) -> usize {
        self.statuses.iter().filter(|(_, status)| *status == StepStatus::Skipped).count()
    }

    /// The first step of `order` neither done nor skipped: where the user is now.
    pub fn current_step<'a>(&self, order: impl IntoIterator<Item = &'a StepKey>) -> Option<&'a StepKey> {
        order.into_iter().find(|step| self.status(step) == StepStatus::Open)
    }
}

/// Progress as it is saved: `{"version":1,"steps":{"restart":"done"},
/// "fixedBy":"restart","checker":{"backup":"1.2 GB"},"symptom":"slow",
/// "uploadSpeed":"10"}`. Steps are saved by key, so a later page with
/// reordered or added steps still finds them. The symptom and the speed
/// came later and are left out while unset, so the shape of version 1
/// stands: a page from before them reads the rest as it always did.
#[derive(Serialize)]
pub struct SavedForm<'a> {
    version: u64,
    steps: Entries<'a, StepKey, StepStatus>,
    #[serde(rename = "fixedBy")]
    fixed_by: Option<&'a StepKey>,
    checker: Entries<'a, str, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    symptom: Option<&'a SymptomKey>,
    #[serde(rename = "uploadSpeed", skip_serializing_if = "str::is_empty")]
    upload_speed: &'a str,
}

/// Key and value pairs, saved as a JSON object.
pub struct Entries<'a, K: ?Sized, V: ?Sized>(Vec<(&'a K, &'a V)>);

impl<K: Serialize + ?Sized, V: Serialize + ?Sized> Serialize for Entries<'_, K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl Progress {
    /// What is saved; turned into JSON text by the page (`JSON.stringify`).
    pub fn saved_form(&self) -> SavedForm<'_> {
        let steps = Entries(self.steps.statuses.iter().map(|(key, status)| (key, status)).collect());
        let checker = SAVED_NAMES
            .iter()
            .map(|&(field, name)| (name, self.checker.get(field)))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        SavedForm {
            version: FORMAT_VERSION,
            steps,
            fixed_by: self.steps.fixed_by(),
            checker: Entries(checker),
            symptom: self.symptom.as_ref(),
            upload_speed: &self.upload_speed,
        }
    }

    /// Reads saved progress, keeping every part that makes sense for `guide`.
    /// `saved` is the parsed text (the page's `JSON.parse` through
    /// serde-wasm-bindgen), or None when it was not JSON or too long to be
    /// ours (see [`MAX_SAVED_LEN`]).
    pub fn from_saved<'de, D: Deserializer<'de>>(saved: Option<D>, guide: &Guide) -> (Progress, Recovery) {
        let mut progress = Progress::default();
        let Some(saved) = saved.and_then(|saved| saved.deserialize_map(OnlyAMap).ok()) else {
            return (progress, Recovery::Unreadable);
        };
        let known = |key: &str| {
            let key = StepKey::new(key);
            guide.step(&key).is_some().then_some(key)
        };
        // Version 1 is the only shape so far; a newer page's data is read the
        // same way, part by part, and whatever is not understood is dropped.
        let mut lost = !matches!(saved.version, Lenient::Read(version) if version >= 1.0);
        if let Some(steps) = saved.steps.read(&mut lost) {
            for (key, status) in steps {
                match (known(&key), status) {
                    (Some(key), Lenient::Read(status)) => match StepStatus::from_saved(&status) {
                        Some(status) => progress.steps.set(&key, status),
                        None => lost = true,
                    },
                    _ => lost = true,
                }
            }
        }
        if let Some(Some(key)) = saved.fixed_by.read(&mut lost) {
            match known(&key) {
                Some(key) => progress.steps.mark_fixed_by(&key),
                None => lost = true,
            }
        }
        if let Some(checker) = saved.checker.read(&mut lost) {
            for (name, text) in checker {
                match (SAVED_NAMES.iter().find(|(_, saved)| *saved == name), text) {
                    (Some((field, _)), Lenient::Read(text)) if fits_a_field(&text) => {
                        *progress.checker.get_mut(*field) = text;
                    }
                    _ => lost = true,
                }
            }
        }
        if let Some(Some(key)) = saved.symptom.read(&mut lost) {
            match guide.symptom(&key) {
                Some(symptom) => progress.symptom = Some(symptom.key.clone()),
                None => lost = true,
            }
        }
        match saved.upload_speed.read(&mut lost) {
            Some(text) if fits_a_field(&text) => progress.upload_speed = text,
            Some(_) => lost = true,
            None => {}
        }
        (progress, if lost { Recovery::Partial } else { Recovery::Complete })
    }
}

fn fits_a_field(text: &str) -> bool {
    text.chars().count() <= MAX_INPUT_LEN
}

/// The name each checker field is saved under, in the order they are saved.
const SAVED_NAMES: [(Field, &str); 5] = [
    (Field::Backup, "backup"),
    (Field::ICloudTotal, "icloudTotal"),
    (Field::ICloudUsed, "icloudUsed"),
    (Field::IPhoneCapacity, "iphoneCapacity"),
    (Field::IPhoneUsed, "iphoneUsed"),
];

/// Everything a saved value may hold, each part read on its own.
#[derive(Default, Deserialize)]
#[serde(default)]
struct Saved {
    /// A number, read as JSON has it: reading a whole number would cost the
    /// page's wasm the code for JavaScript's big integers too.
    version: Lenient<f64>,
    /// Statuses are read as text first, as the checker's fields are: the
    /// page then has one way to read a saved text, not one per type.
    steps: Lenient<ReadEntries<Lenient<String>>>,
    #[serde(rename = "fixedBy")]
    fixed_by: Lenient<Option<String>>,
    checker: Lenient<ReadEntries<Lenient<String>>>,
    symptom: Lenient<Option<String>>,
    #[serde(rename = "uploadSpeed")]
    upload_speed: Lenient<String>,
}

/// A JSON object's entries, in order, as read.
struct ReadEntries<V>(Vec<(String, V)>);

impl<V> IntoIterator for ReadEntries<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for ReadEntries<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<V> {
            type Value = ReadEntries<V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ReadEntries<V>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(ReadEntries(entries))
            }
        }

        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

/// A part of saved progress that may be missing, or there but not
/// understood, without spoiling the parts beside it. This holds for
/// deserializers of a parsed tree (serde-wasm-bindgen over `JSON.parse`'s
/// value, `serde_json::Value`), where a value that fails to read is left
/// behind whole; a streaming parser would stop there instead.
#[derive(Default)]
enum Lenient<T> {
    #[default]
    Absent,
    Read(T),
    NotUnderstood,
}

impl<T> Lenient<T> {
    /// The value if it was read; notes in `lost` when it was there but not understood.
    fn read(self, lost: &mut bool) -> Option<T> {
        match self {
            Lenient::Absent => None,
            Lenient::Read(value) => Some(value),
            Lenient::NotUnderstood => {
                *lost = true;
                None
            }
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(T::deserialize(deserializer).map_or(Lenient::NotUnderstood, Lenient::Read))
    }
}

/// Reads saved progress only from a map: serde would also read a struct
/// from a list, by position.
struct OnlyAMap;

impl<'de> Visitor<'de> for OnlyAMap {
    type Value = Saved;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("saved progress, an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Saved, A::Error> {
        Saved::deserialize(de::value::MapAccessDeserializer::new(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::english;

    fn key(text: &str) -> StepKey {
        StepKey::new(text)
    }

    /// Reads saved text as the page does: too long is not parsed at all, and
    /// what is parsed is read as a tree, as from the browser's `JSON.parse`.
    fn from_json(text: &str) -> (Progress, Recovery) {
        let tree = (text.len() <= MAX_SAVED_LEN)
            .then(|| serde_json::from_str::<serde_json::Value>(text).ok())
            .flatten();
        Progress::from_saved(tree, english())
    }

    fn to_json(progress: &Progress) -> String {
        serde_json::to_string(&progress.saved_form()).expect("JSON")
    }

    fn sample() -> Progress {
        let mut progress = Progress::default();
        progress.steps.set_done(&key("icloud-access"), true);
        progress.steps.set_done(&key("free-space"), true);
        progress.steps.toggle_skipped(&key("system-status"));
        progress.steps.mark_fixed_by(&key("back-up-now"));
        progress.checker.set(Field::Backup, "1.2 GB", &english().numbers);
        progress.checker.set(Field::ICloudUsed, "3.1 GB of 5 GB used", &english().numbers);
        progress
    }

    fn with_symptom() -> Progress {
        Progress { symptom: Some(SymptomKey::new("slow")), upload_speed: "8,5 Mbps".into(), ..sample() }
    }

    #[test]
    fn counts_follow_what_was_ticked() {
        let mut steps = StepProgress::default();
        assert_eq!((steps.done_count(), steps.skipped_count()), (0, 0));
        steps.toggle_skipped(&key("restart"));
        steps.toggle_skipped(&key("update"));
        steps.set_done(&key("restart"), true);
        assert_eq!((steps.done_count(), steps.skipped_count()), (1, 1));
    }

    #[test]
    fn taking_back_this_fixed_it_leaves_the_step_done() {
        let mut steps = StepProgress::default();
        steps.mark_fixed_by(&key("restart"));
        steps.clear_fixed();
        assert_eq!(steps.fixed_by(), None);
        assert_eq!(steps.status(&key("restart")), StepStatus::Done);
    }

    #[test]
    fn counts_and_current_step() {
        let progress = sample();
        assert_eq!(progress.steps.done_count(), 3);
        assert_eq!(progress.steps.skipped_count(), 1);
        assert_eq!(progress.steps.current_step(english().keys()), Some(&key("connection")));
        assert_eq!(progress.steps.fixed_by(), Some(&key("back-up-now")));
        assert_eq!(Progress::default().steps.current_step(english().keys()), Some(&key("icloud-access")));
    }

    #[test]
    fn the_current_step_follows_the_order_shown() {
        let progress = sample();
        let order = [key("restart"), key("icloud-access"), key("update")];
        assert_eq!(progress.steps.current_step(&order), Some(&key("restart")));
        assert_eq!(progress.steps.current_step(&order[1..2]), None);
    }

    #[test]
    fn done_and_skipped_exclude_each_other() {
        let mut progress = Progress::default();
        let update = key("update");
        progress.steps.set_done(&update, true);
        progress.steps.toggle_skipped(&update);
        assert_eq!(progress.steps.status(&update), StepStatus::Skipped);
        progress.steps.set_done(&update, true);
        assert_eq!(progress.steps.status(&update), StepStatus::Done);
        progress.steps.toggle_skipped(&update);
        progress.steps.toggle_skipped(&update);
        assert_eq!(progress.steps.status(&update), StepStatus::Open);
        assert!(progress.steps.is_empty(), "an open step leaves nothing behind");
    }

    #[test]
    fn a_tick_or_one_typed_size_makes_its_part_non_empty() {
        let mut ticked = Progress::default();
        assert!(ticked.steps.is_empty() && ticked.checker.is_empty());
        ticked.steps.toggle_skipped(&key("restart"));
        assert!(!ticked.steps.is_empty() && ticked.checker.is_empty());
        let mut typed = Progress::default();
        typed.checker.set(Field::IPhoneCapacity, "128", &english().numbers);
        assert!(typed.steps.is_empty() && !typed.checker.is_empty());
    }

    #[test]
    fn round_trips_through_its_saved_form() {
        let progress = sample();
        assert_eq!(from_json(&to_json(&progress)), (progress, Recovery::Complete));
        assert_eq!(from_json(&to_json(&with_symptom())), (with_symptom(), Recovery::Complete));
        assert_eq!(from_json(&to_json(&Progress::default())), (Progress::default(), Recovery::Complete));
    }

    #[test]
    fn the_saved_form_is_versioned_and_keyed_by_step_name() {
        assert_eq!(
            to_json(&sample()),
            r#"{"version":1,"steps":{"back-up-now":"done","free-space":"done","icloud-access":"done","system-status":"skipped"},"fixedBy":"back-up-now","checker":{"backup":"1.2 GB","icloudTotal":"5 GB","icloudUsed":"3.1 GB"}}"#
        );
        assert_eq!(to_json(&Progress::default()), r#"{"version":1,"steps":{},"fixedBy":null,"checker":{}}"#);
        assert!(to_json(&with_symptom()).ends_with(r#""checker":{"backup":"1.2 GB","icloudTotal":"5 GB","icloudUsed":"3.1 GB"},"symptom":"slow","uploadSpeed":"8,5 Mbps"}"#));
    }

    #[test]
    fn a_symptom_or_speed_that_makes_no_sense_is_dropped_and_reported() {
        let long = "9".repeat(MAX_INPUT_LEN + 1);
        for saved in [
            r#"{"version":1,"symptom":"no-such-symptom"}"#.to_owned(),
            r#"{"version":1,"symptom":3}"#.to_owned(),
            r#"{"version":1,"uploadSpeed":["10"]}"#.to_owned(),
            format!(r#"{{"version":1,"uploadSpeed":"{long}"}}"#),
        ] {
            assert_eq!(from_json(&saved), (Progress::default(), Recovery::Partial), "{saved}");
        }
        let (progress, recovery) = from_json(r#"{"version":1,"symptom":null,"uploadSpeed":"abc"}"#);
        assert_eq!(recovery, Recovery::Complete, "no symptom chosen, and any text typed, are fine");
        assert_eq!(progress.upload_speed, "abc");
    }

    #[test]
    fn a_saved_text_keeps_up_to_the_longest_a_field_takes_counted_in_characters() {
        let longest = "é".repeat(MAX_INPUT_LEN);
        let saved =
            format!(r#"{{"version":1,"checker":{{"backup":"{longest}"}},"uploadSpeed":"{longest}"}}"#);
        let (progress, recovery) = from_json(&saved);
        assert_eq!(recovery, Recovery::Complete);
        assert_eq!(
            (progress.checker.backup.as_str(), progress.upload_speed.as_str()),
            (&*longest, &*longest)
        );
        let saved = format!(r#"{{"version":1,"checker":{{"backup":"{longest}é"}}}}"#);
        assert_eq!(from_json(&saved), (Progress::default(), Recovery::Partial));
    }

    #[test]
    fn a_status_the_page_does_not_know_is_dropped_and_reported() {
        let (progress, recovery) =
            from_json(r#"{"version":1,"steps":{"restart":"finished","update":"done"}}"#);
        assert_eq!(recovery, Recovery::Partial);
        assert_eq!(progress.steps.status(&key("restart")), StepStatus::Open);
        assert_eq!(progress.steps.status(&key("update")), StepStatus::Done);
    }

    /// Copied from localStorage of the page as it was before its words became
    /// a content file, after ticking steps 1 and 2, skipping 4, "This fixed
    /// it" on 3, and typing three sizes.
    const SAVED_BEFORE_CONTENT_FILE: &str = r#"{"version":1,"steps":{"icloud-access":"done","free-space":"done","back-up-now":"done","system-status":"skipped"},"fixedBy":"back-up-now","checker":{"backup":"1.2 GB","icloudUsed":"3.1 GB","icloudTotal":"5 GB","iphoneCapacity":"128 GB"}}"#;

    #[test]
    fn progress_saved_by_the_page_before_its_content_file_loads_unchanged() {
        let mut expected = sample();
        expected.checker.set(Field::IPhoneCapacity, "128 GB", &english().numbers);
        assert_eq!(from_json(SAVED_BEFORE_CONTENT_FILE), (expected, Recovery::Complete));
    }

    #[test]
    fn unreadable_data_starts_fresh() {
        for saved in [
            "",
            "{",
            "null",
            "[1,2]",
            "[1,{\"update\":\"done\"}]",
            "\"done\"",
            "42",
            "{\"steps\":",
            "\u{0}\u{1}",
        ] {
            assert_eq!(from_json(saved), (Progress::default(), Recovery::Unreadable), "{saved:?}");
        }
    }

    #[test]
    fn saved_text_well_over_a_kilobyte_is_still_read() {
        // Spaces, as a pretty-printer or a later version might leave them: up to 16 KB is ours.
        let saved = to_json(&sample());
        let padded = format!("{saved:<10240}");
        assert_eq!(from_json(&padded), (sample(), Recovery::Complete));
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
            "steps": {"icloud-access": "done", "restart": "skipped", "gone-step": "done", "update": 7, "no-videos": {"done": true}},
            "fixedBy": "no-such-step",
            "checker": {"backup": "2 GB", "icloudUsed": 12, "iphoneUsed": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}
        }"#;
        let (progress, recovery) = from_json(saved);
        assert_eq!(recovery, Recovery::Partial);
        assert_eq!(progress.steps.status(&key("icloud-access")), StepStatus::Done);
        assert_eq!(progress.steps.status(&key("restart")), StepStatus::Skipped);
        assert_eq!(progress.steps.status(&key("update")), StepStatus::Open);
        assert_eq!(progress.steps.status(&key("gone-step")), StepStatus::Open);
        assert_eq!(progress.steps.done_count(), 1, "nothing kept for a step the guide no longer has");
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
        assert_eq!(progress.steps.fixed_by(), Some(&key("restart")));
        assert_eq!(progress.steps.status(&key("restart")), StepStatus::Done);
        let (progress, recovery) = from_json(r#"{"version":1,"fixedBy":42}"#);
        assert_eq!((progress, recovery), (Progress::default(), Recovery::Partial));
    }

    #[test]
    fn a_missing_version_is_read_but_reported() {
        let (progress, recovery) = from_json(r#"{"steps":{"update":"done"}}"#);
        assert_eq!(recovery, Recovery::Partial);
        assert_eq!(progress.steps.status(&key("update")), StepStatus::Done);
    }

    #[test]
    fn unknown_parts_of_a_newer_page_are_left_alone() {
        let (progress, recovery) = from_json(r#"{"version":2,"steps":{"update":"done"},"theme":"dark"}"#);
        assert_eq!(recovery, Recovery::Complete);
        assert_eq!(progress.steps.status(&key("update")), StepStatus::Done);
    }
}
