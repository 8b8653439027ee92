//! The guide as a value: every word the page shows, in one language, with
//! the steps addressed by key. Each language has its content file
//! (`content/en.toml`, `content/de.toml` …), read and checked by
//! [`Guide::from_toml`] when the pages are built, and compiled into that
//! language's page as a `static` ([`crate::rust_literal`]), so the page
//! reads its words as plain data.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::plural::{PluralForm, PluralRules};
use crate::template::{slots, NoSlots, Template};
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
    pub language: LanguageWords,
    pub numbers: Numbers,
    pub labels: List<Label>,
    pub page: PageWords,
    pub progress: ProgressWords,
    pub step: StepWords,
    pub checker: CheckerWords,
    pub support: SupportWords,
    pub notices: Notices,
    pub question: QuestionWords,
    pub estimate: EstimateWords,
    /// What a user may see, each with the steps most likely to help first.
    pub symptoms: List<Symptom>,
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
    pub description: Template<slots::Count<'static>>,
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

/// The language among the guide's others: in the language menu, and in
/// the offer the English page makes to a visitor whose browser prefers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageWords {
    /// Its own name: "Deutsch".
    pub name: Text,
    /// The menu's name, in this language: "Sprache".
    pub menu: Text,
    /// "Diese Anleitung auf Deutsch lesen".
    pub offer: Text,
    pub dismiss: Text,
}

/// How the language writes numbers, sizes and lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Numbers {
    pub decimal: Text,
    /// The ten digits the page writes, 0 to 9, where they are not ASCII.
    #[serde(default)]
    pub digits: Option<Text>,
    pub units: UnitNames,
    /// Other ways the language's people write units, which the checker
    /// reads too.
    #[serde(default)]
    pub aliases: UnitAliases,
    /// The language's plural rules, from `meta.lang` (so never written in
    /// a content file): see `Guide::with_plural_rules`.
    #[serde(skip_deserializing)]
    pub plurals: PluralRules,
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
    /// Speeds: "kbit/s", "Mbit/s".
    pub kbit_s: Text,
    pub mbit_s: Text,
}

/// Spellings of each unit besides [`UnitNames`]' ("gigaoctets").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitAliases {
    #[serde(default)]
    pub bytes: List<Text>,
    #[serde(default)]
    pub kb: List<Text>,
    #[serde(default)]
    pub mb: List<Text>,
    #[serde(default)]
    pub gb: List<Text>,
    #[serde(default)]
    pub tb: List<Text>,
    #[serde(default)]
    pub kbit_s: List<Text>,
    #[serde(default)]
    pub mbit_s: List<Text>,
}

/// Where the row a path taps after a section's heading stands: the words
/// say "See All next to Saved to iCloud", or "Show All under Apps Using
/// iCloud", not two taps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Placement {
    Beside,
    Under,
}

/// A label as iOS or WhatsApp shows it, by the key tap paths name it with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub key: Text,
    pub text: Text,
    /// Said after the label in brackets, where what the user sees varies:
    /// "Settings (or your photo)".
    #[serde(default)]
    pub aside: Text,
    /// Whether the label was checked against official pages or several
    /// current sources.
    pub confirmed: bool,
    /// Where it was seen, for whoever checks it next. Not compiled into
    /// the page, which never shows it.
    #[serde(serialize_with = "Text::serialize_empty")]
    pub seen: Text,
    /// Where the label is a section's heading on its screen rather than a
    /// row, where what a path taps after it stands. From the screens'
    /// layout (content/screens.toml), so never written in a content file:
    /// see [`Guide::mark_headings`].
    #[serde(skip_deserializing)]
    pub heading: Option<Placement>,
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
/// Its text has the placeholders `P` fills, none for most lines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, bound = "")]
pub struct Instruction<P = NoSlots> {
    pub text: Template<P>,
    /// Label keys, resolved through [`Guide::labels`].
    #[serde(default)]
    pub path: List<Text>,
    /// What iOS 17 and earlier shows instead of the path's last labels,
    /// where they differ: Apps Using iCloud › Show All for Saved to
    /// iCloud › See All.
    #[serde(default)]
    pub older_path: List<Text>,
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
    pub lead: Template<slots::Count<'static>>,
    pub lead_progress: Text,
    pub skip_link: Text,
    pub save_offline: Text,
    pub opens_in_new_tab: Text,
    pub footer: Text,
    /// On paper only: "Open this guide again at {address}".
    pub printed_address: Template<slots::Address<'static>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressWords {
    pub heading: Text,
    pub count: Template<slots::DoneOfTotal<'static>>,
    pub count_with_skipped: Template<slots::DoneSkippedOfTotal<'static>>,
    pub needs_js: Text,
    pub steps_nav: Text,
    pub done: Text,
    pub skipped: Text,
    pub next: Text,
    pub fixed_banner: Template<slots::Step<'static>>,
    pub start_over: Text,
    pub confirm_start_over: Text,
    pub confirm_yes: Text,
    pub cancel: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepWords {
    pub number: Template<slots::Number<'static>>,
    pub step_ref: Template<slots::Number<'static>>,
    pub why: Text,
    pub careful: Text,
    pub done: Text,
    pub done_for_screen_readers: Template<slots::Number<'static>>,
    pub skip: Text,
    pub skip_for_screen_readers: Template<slots::Number<'static>>,
    pub fixed: Text,
    pub fixed_for_screen_readers: Template<slots::Number<'static>>,
    pub marked_done: Text,
    pub marked_skipped: Text,
    /// Around a tap path's older labels: " (on iOS 17 and earlier: {path})".
    pub older_path: Template<slots::Path<'static>>,
    /// A row found by its section's heading, in a tap path: "{label} next
    /// to {heading}", "{label} under {heading}".
    pub beside_heading: Template<slots::LabelHeading<'static>>,
    pub under_heading: Template<slots::LabelHeading<'static>>,
    /// Above each generation's screens, where iOS 17 and earlier differ.
    pub newer_screens: Text,
    pub older_screens: Text,
    pub success: Text,
    pub keep_it_working: Instruction,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckerWords {
    pub heading: Text,
    pub rule: Template<slots::Factor<'static>>,
    pub needs_js: Template<slots::Factor<'static>>,
    pub backup_legend: Text,
    pub backup_hint: Instruction,
    pub enough: Template<slots::Place<'static>>,
    pub enough_detail: Template<slots::FreeNeeded<'static>>,
    pub short: Template<slots::PlaceMissing<'static>>,
    pub short_detail: Template<slots::FreeNeeded<'static>>,
    pub leave_videos_out: Template,
    pub fields: FieldWords,
    pub picture: PictureWords,
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

/// The storage bar's key and its text alternative, which says what the
/// bar shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PictureWords {
    pub used: Text,
    pub needed: Text,
    pub missing: Text,
    pub left: Text,
    pub enough: Template<slots::UsedTotalNeededLeft<'static>>,
    pub short: Template<slots::UsedTotalNeededMissing<'static>>,
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
    pub free_up: Instruction<slots::Missing<'static>>,
    /// Only where a larger plan can be bought: iCloud.
    #[serde(default)]
    pub plan: Option<Template<slots::PlanLeft<'static>>>,
    #[serde(default)]
    pub no_plan: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckerMessages {
    pub not_a_number: Text,
    pub negative: Text,
    pub unknown_unit: Template<slots::Unit<'static>>,
    pub too_large: Text,
    pub more_than_total: Template<slots::TotalLabelTotal<'static>>,
    pub unit_assumed: Template<slots::Size<'static>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportWords {
    pub heading: Text,
    pub intro: Template<slots::Count<'static>>,
    pub contact_them: Text,
    pub contacts: List<SupportContact>,
    pub tell_heading: Text,
    pub tell: List<Text>,
    pub tried_none: Text,
    pub tried: Template<slots::Steps<'static>>,
    /// The lines ready to copy for support.
    pub summary_heading: Text,
    pub seen: Template<slots::Symptom<'static>>,
    pub tried_summary: Template<slots::Steps<'static>>,
    pub tried_step: Template<slots::Title<'static>>,
    pub copy: Text,
    pub copied: Text,
    pub copy_failed: Text,
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

/// "What do you see?": the choice of symptoms above the steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionWords {
    pub heading: Text,
    pub hint: Text,
    /// Above the planned steps: "Start with these 3 steps".
    pub plan_heading: Plural,
    pub plan_after: Text,
    pub why_first: Text,
    pub share: Text,
    pub share_copied: Text,
    pub share_failed: Template<slots::Link<'static>>,
}

/// "Is it stuck, or just slow?": how long the upload should take.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EstimateWords {
    pub heading: Text,
    pub intro: Text,
    pub speed: FieldLabel,
    pub speed_hint: Text,
    pub needs_backup: Text,
    /// With no speed typed, the estimate takes [`crate::upload::ASSUMED_SPEED`].
    pub assumed: Template<slots::Speed<'static>>,
    pub takes: Template<slots::SizeSpeedTime<'static>>,
    pub long: Text,
    pub quick: Text,
    pub under_a_minute: Text,
    pub minutes: Plural,
    pub hours: Plural,
    pub days: Plural,
    pub not_a_speed: Text,
    pub unknown_unit: Template<slots::Unit<'static>>,
    pub zero: Text,
    pub too_fast: Text,
}

/// A count in words, in each plural form the language has: "1 hour",
/// "3 hours". Which forms a language needs is its [`PluralRules`]'.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plural {
    #[serde(default)]
    pub zero: Option<Template<slots::Count<'static>>>,
    #[serde(default)]
    pub one: Option<Template<slots::Count<'static>>>,
    #[serde(default)]
    pub two: Option<Template<slots::Count<'static>>>,
    #[serde(default)]
    pub few: Option<Template<slots::Count<'static>>>,
    #[serde(default)]
    pub many: Option<Template<slots::Count<'static>>>,
    pub other: Template<slots::Count<'static>>,
}

impl Plural {
    /// The text for `form`, or `other` where the language has no such form.
    pub fn form(&self, form: PluralForm) -> &Template<slots::Count<'static>> {
        let text = match form {
            PluralForm::Zero => &self.zero,
            PluralForm::One => &self.one,
            PluralForm::Two => &self.two,
            PluralForm::Few => &self.few,
            PluralForm::Many => &self.many,
            PluralForm::Other => return &self.other,
        };
        text.as_ref().unwrap_or(&self.other)
    }
}

/// A key naming a symptom, in saved progress and in links (`?symptom=KEY`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SymptomKey(pub Text);

impl SymptomKey {
    pub fn new(key: &str) -> SymptomKey {
        SymptomKey(Text::from(key))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// What the user sees, and the steps most likely to help, first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Symptom {
    pub key: SymptomKey,
    /// The situation in plain words: "It's stuck at 0 bytes or 0 %".
    pub label: Text,
    /// Empty for "not sure": the guide's own order.
    #[serde(default)]
    pub plan: List<PlannedStep>,
    /// Whether to offer "Is it stuck, or just slow?".
    #[serde(default)]
    pub estimate: bool,
}

/// A step in a symptom's plan, and why it comes this early.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedStep {
    pub step: StepKey,
    pub why: Text,
}

impl Guide {
    pub fn step(&self, key: &StepKey) -> Option<&Step> {
        self.steps.iter().find(|step| step.key == *key)
    }

    /// Every step's key, in the guide's order.
    pub fn keys(&self) -> impl Iterator<Item = &StepKey> {
        self.steps.iter().map(|step| &step.key)
    }

    pub fn symptom(&self, key: &str) -> Option<&Symptom> {
        self.symptoms.iter().find(|symptom| symptom.key.as_str() == key)
    }

    /// The label a tap path names; the content's check refuses a key with none.
    pub fn label(&self, key: &str) -> Option<&Label> {
        self.labels.iter().find(|label| *label.key == *key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::english;

    /// Every text of the guide, with its place, found by walking the whole value.
    fn every_text(guide: &Guide) -> Vec<(String, String)> {
        fn walk(at: String, value: &toml::Value, texts: &mut Vec<(String, String)>) {
            match value {
                toml::Value::String(text) => texts.push((at, text.clone())),
                toml::Value::Array(items) => {
                    for item in items {
                        let key = item.get("key").and_then(toml::Value::as_str).unwrap_or("");
                        walk(format!("{at}[{key}]"), item, texts);
                    }
                }
                toml::Value::Table(table) => {
                    table.iter().for_each(|(name, item)| walk(format!("{at}.{name}"), item, texts))
                }
                _ => {}
            }
        }
        let mut texts = Vec::new();
        walk(String::new(), &toml::Value::try_from(guide).expect("a tree"), &mut texts);
        texts
    }

    fn all_text(step: &Step) -> String {
        let guide = english();
        let mut text = format!("{} {} ", step.title, step.why);
        for line in &step.instructions {
            text.push_str(line.text.as_str());
            for key in line.path.iter().chain(line.older_path.iter()) {
                text.push(' ');
                text.push_str(guide.label(key).map_or("", |label| &label.text));
            }
            text.push_str(&line.after);
            text.push(' ');
        }
        text.extend(step.tip.as_deref());
        text.extend(step.warning.as_deref());
        text
    }

    #[test]
    fn the_eight_classic_fixes_keep_their_order_among_the_others() {
        let keys: Vec<&str> = english().keys().map(StepKey::as_str).collect();
        let classic: Vec<&str> = keys.iter().copied().filter(|key| NUMBERED_LINKS.contains(key)).collect();
        assert_eq!(classic, NUMBERED_LINKS);
        assert_eq!(keys.len(), 13);
        assert_eq!(keys.last(), Some(&"sign-out"), "signing out of iCloud is the last resort");
    }

    #[test]
    fn each_step_carries_its_key_facts() {
        let text = |key| all_text(english().step(&StepKey::new(key)).expect("a step"));
        assert!(text("icloud-access").contains("iCloud Drive"));
        assert!(text("icloud-access").contains("See All") && text("icloud-access").contains("Show All"));
        assert!(
            text("free-space").contains("iPhone Storage")
                && text("free-space").contains("Manage Account Storage")
        );
        assert!(text("back-up-now").contains("Back Up Now") && text("back-up-now").contains("swipe"));
        assert!(text("restart").contains("Face ID") && text("restart").contains("Home button"));
        assert!(text("update").contains("Software Update") && text("update").contains("App Store"));
        assert!(text("no-videos").contains("Include Videos"));
        assert!(text("delete-old-backup").contains("Delete Data from iCloud"));
        assert!(
            text("connection").contains("Reset Network Settings") && text("connection").contains("Erase All")
        );
        assert!(
            text("power-and-wifi").contains("Low Power Mode")
                && text("power-and-wifi").contains("Low Data Mode")
        );
        assert!(text("power-and-wifi").contains("charger"));
        assert!(text("reopen-whatsapp").contains("Swipe WhatsApp up"));
        assert!(
            text("encrypted-backup").contains("64-digit key")
                && text("encrypted-backup").contains("can't reset")
        );
        assert!(text("sign-out").contains("Sign Out") && text("sign-out").contains("password"));
        assert!(text("update").contains("iOS 15.5"), "WhatsApp's minimum iOS, as it states it now");
    }

    /// The only texts that name an iOS version: where labels changed, and
    /// WhatsApp's minimum, with the date it took effect.
    const DATED_VERSIONS: [&str; 5] = [
        ".step.older_path",
        ".step.newer_screens",
        ".step.older_screens",
        ".labels[manage_account_storage].aside",
        ".steps[update].tip",
    ];

    #[test]
    fn no_text_names_a_version_or_a_price_that_would_go_stale() {
        let texts = every_text(english());
        assert!(texts.len() > 250, "the walk finds the texts: {}", texts.len());
        for (at, text) in texts {
            let after_ios = text.match_indices("iOS").map(|(at, _)| text[at + 3..].trim_start());
            for rest in after_ios {
                let versioned = rest.starts_with(|c: char| c.is_ascii_digit());
                assert!(
                    !versioned || DATED_VERSIONS.contains(&at.as_str()),
                    "a version of iOS at {at}: {text:?}"
                );
            }
            assert!(!text.contains(['$', '€', '£', '¥', '₹', '₩', '₽']), "a price: {text:?}");
        }
    }
}
