//! The guide as a value: every word the page shows, in one language, with
//! the steps addressed by key. It is written as a content file
//! (`content/en.toml`), read and checked by [`Guide::from_toml`] when the
//! page is built, and compiled into the page as a `static`
//! ([`crate::rust_literal`]), so the page reads its words as plain data.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::template::Template;
use crate::text::{List, Text};

/// The steps whose links (`#step-1` … `#step-8`) were numbers before steps
/// had keys: `#step-N` still leads to the Nth of these.
pub const NUMBERED_LINKS: [&str; 8] = [
    "icloud-access",
    "free-space",
    "back-up-now",
    "system-status",
    "restart",
    "update",
    "no-videos",
    "delete-old-backup",
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub meta: Meta,
    pub numbers: Numbers,
    pub labels: List<Label>,
    pub page: PageWords,
    pub progress: ProgressWords,
    pub step: StepWords,
    pub checker: CheckerWords,
    pub support: SupportWords,
    pub notices: Notices,
    /// The fixes, in the order that solves most cases first.
    pub steps: List<Step>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The language tag, for `<html lang>`.
    pub lang: Text,
    pub dir: TextDirection,
    pub title: Template,
    pub description: Template,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all(deserialize = "lowercase"))]
pub enum TextDirection {
    Ltr,
    Rtl,
}

impl TextDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
        }
    }
}

/// How the language writes numbers, sizes and lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Numbers {
    pub decimal: Text,
    pub units: UnitNames,
    pub path_then: Text,
    pub list_separator: Text,
    pub list_last_separator: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitNames {
    pub byte: Text,
    pub bytes: Text,
    pub kb: Text,
    pub mb: Text,
    pub gb: Text,
    pub tb: Text,
}

/// A label as iOS or WhatsApp shows it, by the key tap paths name it with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub key: Text,
    pub text: Text,
    /// Whether the label was checked against official pages or several
    /// current sources.
    pub confirmed: bool,
    /// Where it was seen, for whoever checks it next. Not compiled into
    /// the page, which never shows it.
    #[serde(serialize_with = "Text::serialize_empty")]
    pub seen: Text,
}

/// A key naming a step, stable across rewording and reordering.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct StepKey(pub Text);

impl StepKey {
    pub fn new(key: &str) -> StepKey {
        StepKey(Text::from(key))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The id of the step's section, and so its link: `#step-restart`.
    pub fn anchor(&self) -> String {
        format!("step-{}", self.0)
    }
}

impl fmt::Display for StepKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub key: StepKey,
    pub title: Text,
    /// One line on why this step helps.
    pub why: Text,
    pub instructions: List<Instruction>,
    #[serde(default)]
    pub link: Option<Link>,
    #[serde(default)]
    pub tip: Option<Text>,
    /// A caution the user must read before acting.
    #[serde(default)]
    pub warning: Option<Text>,
    #[serde(default)]
    pub tool: Option<Tool>,
}

/// Something a step carries besides its instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all(deserialize = "kebab-case"))]
pub enum Tool {
    /// The backup-space checker.
    SpaceChecker,
}

/// One line of instructions: what to do, then where to tap, as a path of
/// labels (Settings › your name › iCloud), then what follows the path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instruction {
    pub text: Template,
    /// Label keys, resolved through [`Guide::labels`].
    #[serde(default)]
    pub path: List<Text>,
    #[serde(default)]
    pub after: Text,
}

/// A link to an official page: only Apple's and WhatsApp's own sites.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub text: Text,
    pub href: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageWords {
    pub heading: Text,
    pub lead: Template,
    pub lead_progress: Text,
    pub skip_link: Text,
    pub save_offline: Text,
    pub opens_in_new_tab: Text,
    pub footer: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressWords {
    pub heading: Text,
    pub count: Template,
    pub count_with_skipped: Template,
    pub needs_js: Text,
    pub steps_nav: Text,
    pub done: Text,
    pub skipped: Text,
    pub next: Text,
    pub fixed_banner: Template,
    pub start_over: Text,
    pub confirm_start_over: Text,
    pub confirm_yes: Text,
    pub cancel: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepWords {
    pub number: Template,
    pub step_ref: Template,
    pub why: Text,
    pub careful: Text,
    pub done: Text,
    pub done_for_screen_readers: Template,
    pub skip: Text,
    pub skip_for_screen_readers: Template,
    pub fixed: Text,
    pub fixed_for_screen_readers: Template,
    pub marked_done: Text,
    pub marked_skipped: Text,
    pub success: Text,
    pub keep_it_working: Instruction,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckerWords {
    pub heading: Text,
    pub rule: Template,
    pub needs_js: Template,
    pub backup_legend: Text,
    pub backup_hint: Instruction,
    pub enough: Template,
    pub enough_detail: Template,
    pub short: Template,
    pub short_detail: Template,
    pub leave_videos_out: Template,
    pub fields: FieldWords,
    pub icloud: PlaceWords,
    pub iphone: PlaceWords,
    pub messages: CheckerMessages,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldWords {
    pub backup: FieldLabel,
    pub icloud_used: FieldLabel,
    pub icloud_total: FieldLabel,
    pub iphone_used: FieldLabel,
    pub iphone_capacity: FieldLabel,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldLabel {
    pub label: Text,
    pub placeholder: Text,
}

/// The checker's words for iCloud or for the iPhone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceWords {
    pub legend: Text,
    /// The place in a sentence: "Enough space in {place}".
    pub name: Text,
    pub hint: Instruction,
    pub waiting: Text,
    pub free_up: Instruction,
    /// Only where a larger plan can be bought: iCloud.
    #[serde(default)]
    pub plan: Option<Template>,
    #[serde(default)]
    pub no_plan: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckerMessages {
    pub not_a_number: Text,
    pub negative: Text,
    pub unknown_unit: Template,
    pub too_large: Text,
    pub more_than_total: Template,
    pub unit_assumed: Template,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportWords {
    pub heading: Text,
    pub intro: Template,
    pub contact_them: Text,
    pub contacts: List<SupportContact>,
    pub tell_heading: Text,
    pub tell: List<Text>,
    pub tried_none: Text,
    pub tried: Template,
}

/// Where to turn when none of the steps helped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportContact {
    pub name: Text,
    pub for_what: Text,
    pub link: Link,
    #[serde(default)]
    pub in_app: Option<Instruction>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notices {
    pub cannot_save: Text,
    pub unreadable: Text,
    pub partial: Text,
    pub ok: Text,
    pub crashed: Text,
    pub reload: Text,
    /// For a browser without WebAssembly, such as Safari in Lockdown Mode.
    pub no_wasm: Text,
}

impl Guide {
    pub fn step(&self, key: &StepKey) -> Option<&Step> {
        self.steps.iter().find(|step| step.key == *key)
    }

    /// Every step's key, in the guide's order.
    pub fn keys(&self) -> impl Iterator<Item = &StepKey> {
        self.steps.iter().map(|step| &step.key)
    }

    /// The step's number as the page shows it: its place in the order, from 1.
    pub fn number(&self, key: &StepKey) -> Option<usize> {
        self.steps.iter().position(|step| step.key == *key).map(|index| index + 1)
    }

    /// The label's text; empty for a key that the content's check refuses.
    pub fn label(&self, key: &str) -> &str {
        self.labels.iter().find(|label| *label.key == *key).map_or("", |label| label.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::english;

    /// Every text of the guide, found by walking the whole value.
    fn every_text(guide: &Guide) -> Vec<String> {
        fn walk(value: &toml::Value, texts: &mut Vec<String>) {
            match value {
                toml::Value::String(text) => texts.push(text.clone()),
                toml::Value::Array(items) => items.iter().for_each(|item| walk(item, texts)),
                toml::Value::Table(table) => table.values().for_each(|item| walk(item, texts)),
                _ => {}
            }
        }
        let mut texts = Vec::new();
        walk(&toml::Value::try_from(guide).expect("a tree"), &mut texts);
        texts
    }

    fn all_text(step: &Step) -> String {
        let guide = english();
        let mut text = format!("{} {} ", step.title, step.why);
        for line in &step.instructions {
            text.push_str(line.text.as_str());
            for key in &line.path {
                text.push(' ');
                text.push_str(guide.label(key));
            }
            text.push(' ');
        }
        text.extend(step.tip.as_deref());
        text.extend(step.warning.as_deref());
        text
    }

    #[test]
    fn eight_fixes_in_the_order_that_solves_most_first() {
        let keys: Vec<&str> = english().keys().map(StepKey::as_str).collect();
        assert_eq!(keys, NUMBERED_LINKS);
        assert_eq!(english().number(&StepKey::new("restart")), Some(5));
        assert_eq!(english().number(&StepKey::new("nope")), None);
    }

    #[test]
    fn each_step_carries_its_key_facts() {
        let text = |key| all_text(english().step(&StepKey::new(key)).expect("a step"));
        assert!(text("icloud-access").contains("Show All") && text("icloud-access").contains("iCloud Drive"));
        assert!(
            text("free-space").contains("iPhone Storage")
                && text("free-space").contains("Manage Account Storage")
        );
        assert!(text("back-up-now").contains("Back Up Now") && text("back-up-now").contains("swipe"));
        assert!(text("restart").contains("Face ID") && text("restart").contains("Home button"));
        assert!(text("update").contains("Software Update") && text("update").contains("App Store"));
        assert!(text("no-videos").contains("Include Videos"));
        assert!(text("delete-old-backup").contains("Delete Data from iCloud"));
    }

    #[test]
    fn no_text_names_a_version_or_a_price_that_would_go_stale() {
        let texts = every_text(english());
        assert!(texts.len() > 150, "the walk finds the texts: {}", texts.len());
        for text in texts {
            let after_ios = text.match_indices("iOS").map(|(at, _)| text[at + 3..].trim_start());
            for rest in after_ios {
                assert!(!rest.starts_with(|c: char| c.is_ascii_digit()), "a version of iOS: {text:?}");
            }
            assert!(!text.contains(['$', '€', '£', '¥', '₹', '₩', '₽']), "a price: {text:?}");
        }
    }

    #[test]
    fn the_guide_can_be_written_as_rust_for_the_page() {
        let rust = crate::rust_literal::to_rust(english()).expect("written");
        assert!(rust.contains(
            "\n    Guide { meta: Meta { lang: Text::from_static(\"en\"), dir: TextDirection::Ltr,"
        ));
        assert!(rust.contains("key: StepKey(Text::from_static(\"restart\"))"));
        assert!(rust.contains("tool: Some(Tool::SpaceChecker)"));
    }
}
