//! The guide as a value: every word the page shows, in one language, with
//! the steps addressed by key. It is written as a content file
//! (`content/en.toml`), read and checked by [`Guide::from_toml`] when the
//! page is built, and compiled into the page as a `static`
//! ([`crate::rust_literal`]), so the page reads its words as plain data.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::template::{Part, Template};
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

/// The only sites the guide links to.
const LINK_HOSTS: [&str; 3] = ["www.apple.com", "support.apple.com", "faq.whatsapp.com"];

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
}

impl Guide {
    /// Reads a content file and checks it: see [`Guide::check`].
    #[cfg(feature = "content-file")]
    pub fn from_toml(text: &str) -> Result<Guide, ContentError> {
        let guide: Guide = toml::from_str(text).map_err(|error| ContentError(vec![error.to_string()]))?;
        guide.check()?;
        Ok(guide)
    }

    /// Everything a page needs of its content, or every way it falls
    /// short: a missing or empty text, a placeholder that is unknown or
    /// missing, a tap path through a label that is not defined, a step key
    /// that is unknown or repeated, or a link that leaves Apple's and
    /// WhatsApp's sites.
    pub fn check(&self) -> Result<(), ContentError> {
        let mut check = Check { guide: self, problems: Vec::new() };
        check.all();
        if check.problems.is_empty() {
            Ok(())
        } else {
            Err(ContentError(check.problems))
        }
    }

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

    /// The label's text; empty for a key that [`Guide::check`] would refuse.
    pub fn label(&self, key: &str) -> &str {
        self.labels.iter().find(|label| *label.key == *key).map_or("", |label| label.text.as_str())
    }
}

/// What is wrong with a content file, one line per problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError(pub Vec<String>);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}

impl std::error::Error for ContentError {}

/// Walks a guide and notes each problem with where it is.
struct Check<'a> {
    guide: &'a Guide,
    problems: Vec<String>,
}

impl Check<'_> {
    fn all(&mut self) {
        let g = self.guide;
        self.texts("meta", &[("lang", &g.meta.lang)]);
        self.template("meta.title", &g.meta.title, &[]);
        self.template("meta.description", &g.meta.description, &["count"]);
        let n = &g.numbers;
        self.texts(
            "numbers",
            &[
                ("decimal", &n.decimal),
                ("path_then", &n.path_then),
                ("list_separator", &n.list_separator),
                ("list_last_separator", &n.list_last_separator),
            ],
        );
        let u = &n.units;
        self.texts(
            "numbers.units",
            &[
                ("byte", &u.byte),
                ("bytes", &u.bytes),
                ("kb", &u.kb),
                ("mb", &u.mb),
                ("gb", &u.gb),
                ("tb", &u.tb),
            ],
        );
        let mut keys = BTreeSet::new();
        for label in g.labels.iter() {
            let at = format!("labels[{}]", label.key);
            if !keys.insert(label.key.as_str()) {
                self.problem(&at, "this key is used by another label too");
            }
            self.texts(&at, &[("text", &label.text), ("seen", &label.seen)]);
        }
        self.pages();
        self.checker();
        self.support();
        self.steps();
    }

    fn pages(&mut self) {
        let (page, progress, step, notices) =
            (&self.guide.page, &self.guide.progress, &self.guide.step, &self.guide.notices);
        self.texts(
            "page",
            &[
                ("heading", &page.heading),
                ("skip_link", &page.skip_link),
                ("save_offline", &page.save_offline),
                ("opens_in_new_tab", &page.opens_in_new_tab),
                ("footer", &page.footer),
            ],
        );
        self.template("page.lead", &page.lead, &["count"]);
        self.texts(
            "progress",
            &[
                ("heading", &progress.heading),
                ("needs_js", &progress.needs_js),
                ("steps_nav", &progress.steps_nav),
                ("done", &progress.done),
                ("skipped", &progress.skipped),
                ("next", &progress.next),
                ("start_over", &progress.start_over),
                ("confirm_start_over", &progress.confirm_start_over),
                ("confirm_yes", &progress.confirm_yes),
                ("cancel", &progress.cancel),
            ],
        );
        self.template("progress.count", &progress.count, &["done", "total"]);
        self.template(
            "progress.count_with_skipped",
            &progress.count_with_skipped,
            &["done", "total", "skipped"],
        );
        self.template("progress.fixed_banner", &progress.fixed_banner, &["step"]);
        self.one_link("progress.fixed_banner", &progress.fixed_banner);
        self.texts(
            "step",
            &[
                ("why", &step.why),
                ("careful", &step.careful),
                ("done", &step.done),
                ("skip", &step.skip),
                ("fixed", &step.fixed),
                ("marked_done", &step.marked_done),
                ("marked_skipped", &step.marked_skipped),
                ("success", &step.success),
            ],
        );
        for (name, template) in [
            ("number", &step.number),
            ("step_ref", &step.step_ref),
            ("done_for_screen_readers", &step.done_for_screen_readers),
            ("skip_for_screen_readers", &step.skip_for_screen_readers),
            ("fixed_for_screen_readers", &step.fixed_for_screen_readers),
        ] {
            self.template(&format!("step.{name}"), template, &["number"]);
        }
        self.instruction("step.keep_it_working", &step.keep_it_working, &[]);
        self.texts(
            "notices",
            &[
                ("cannot_save", &notices.cannot_save),
                ("unreadable", &notices.unreadable),
                ("partial", &notices.partial),
                ("ok", &notices.ok),
                ("crashed", &notices.crashed),
                ("reload", &notices.reload),
            ],
        );
    }

    fn checker(&mut self) {
        let c = &self.guide.checker;
        self.texts("checker", &[("heading", &c.heading), ("backup_legend", &c.backup_legend)]);
        self.template("checker.rule", &c.rule, &["factor"]);
        self.template("checker.needs_js", &c.needs_js, &["factor"]);
        self.instruction("checker.backup_hint", &c.backup_hint, &[]);
        self.template("checker.enough", &c.enough, &["place"]);
        self.template("checker.enough_detail", &c.enough_detail, &["free", "needed"]);
        self.template("checker.short", &c.short, &["place", "missing"]);
        self.template("checker.short_detail", &c.short_detail, &["free", "needed"]);
        self.template("checker.leave_videos_out", &c.leave_videos_out, &[]);
        self.one_link("checker.leave_videos_out", &c.leave_videos_out);
        let f = &c.fields;
        for (name, field) in [
            ("backup", &f.backup),
            ("icloud_used", &f.icloud_used),
            ("icloud_total", &f.icloud_total),
            ("iphone_used", &f.iphone_used),
            ("iphone_capacity", &f.iphone_capacity),
        ] {
            self.texts(
                &format!("checker.fields.{name}"),
                &[("label", &field.label), ("placeholder", &field.placeholder)],
            );
        }
        for (name, place, sells_plans) in [("icloud", &c.icloud, true), ("iphone", &c.iphone, false)] {
            let at = format!("checker.{name}");
            self.texts(&at, &[("legend", &place.legend), ("name", &place.name), ("waiting", &place.waiting)]);
            self.instruction(&format!("{at}.hint"), &place.hint, &[]);
            self.instruction(&format!("{at}.free_up"), &place.free_up, &["missing"]);
            match (&place.plan, &place.no_plan, sells_plans) {
                (Some(plan), Some(no_plan), true) => {
                    self.template(&format!("{at}.plan"), plan, &["plan", "left"]);
                    self.texts(&at, &[("no_plan", no_plan)]);
                }
                (None, None, false) => {}
                (_, _, true) => self.problem(&at, "needs both `plan` and `no_plan`"),
                (_, _, false) => self.problem(&at, "has no plans to buy: leave out `plan` and `no_plan`"),
            }
        }
        let m = &c.messages;
        self.texts(
            "checker.messages",
            &[("not_a_number", &m.not_a_number), ("negative", &m.negative), ("too_large", &m.too_large)],
        );
        self.template("checker.messages.unknown_unit", &m.unknown_unit, &["unit"]);
        self.template("checker.messages.more_than_total", &m.more_than_total, &["total_label", "total"]);
        self.template("checker.messages.unit_assumed", &m.unit_assumed, &["size"]);
    }

    fn support(&mut self) {
        let s = &self.guide.support;
        self.texts(
            "support",
            &[
                ("heading", &s.heading),
                ("contact_them", &s.contact_them),
                ("tell_heading", &s.tell_heading),
                ("tried_none", &s.tried_none),
            ],
        );
        self.template("support.intro", &s.intro, &["count"]);
        self.template("support.tried", &s.tried, &["steps"]);
        if s.contacts.is_empty() {
            self.problem("support.contacts", "is empty");
        }
        for (i, contact) in s.contacts.iter().enumerate() {
            let at = format!("support.contacts[{i}]");
            self.texts(&at, &[("name", &contact.name), ("for_what", &contact.for_what)]);
            self.link(&format!("{at}.link"), &contact.link);
            if let Some(line) = &contact.in_app {
                self.instruction(&format!("{at}.in_app"), line, &[]);
            }
        }
        if s.tell.is_empty() {
            self.problem("support.tell", "is empty");
        }
        for (i, line) in s.tell.iter().enumerate() {
            self.texts("support.tell", &[(&i.to_string(), line)]);
        }
    }

    fn steps(&mut self) {
        let g = self.guide;
        if g.steps.is_empty() {
            self.problem("steps", "the guide has no steps");
        }
        let mut seen = BTreeSet::new();
        for step in &g.steps {
            let key = step.key.as_str();
            let at = format!("steps[{key}]");
            if !is_key(key) {
                self.problem(&at, "a key is lowercase letters, digits and hyphens, starting with a letter");
            }
            if !seen.insert(key) {
                self.problem(&at, "this key is used by another step too");
            }
            self.texts(&at, &[("title", &step.title), ("why", &step.why)]);
            for (name, text) in [("tip", &step.tip), ("warning", &step.warning)] {
                if let Some(text) = text {
                    self.texts(&at, &[(name, text)]);
                }
            }
            if step.instructions.is_empty() {
                self.problem(&at, "has no instructions");
            }
            for (i, line) in step.instructions.iter().enumerate() {
                self.instruction(&format!("{at}.instructions[{i}]"), line, &[]);
            }
            if let Some(link) = &step.link {
                self.link(&format!("{at}.link"), link);
            }
        }
        let tools = g.steps.iter().filter(|step| step.tool == Some(Tool::SpaceChecker)).count();
        if tools != 1 {
            self.problem("steps", &format!("the space checker belongs to exactly one step, not {tools}"));
        }
        for key in NUMBERED_LINKS {
            if !seen.contains(key) {
                self.problem(
                    "steps",
                    &format!("no step has the key {key:?}, which old links (#step-N) lead to"),
                );
            }
        }
    }

    fn texts(&mut self, at: &str, texts: &[(&str, &Text)]) {
        for (name, text) in texts {
            if text.trim().is_empty() {
                self.problem(&format!("{at}.{name}"), "is empty");
            }
        }
    }

    /// A template must use exactly the `slots` its place fills (and may
    /// link to steps anywhere).
    fn template(&mut self, at: &str, template: &Template, slots: &[&str]) {
        if template.as_str().trim().is_empty() {
            self.problem(at, "is empty");
        }
        let parts = match template.parts() {
            Ok(parts) => parts,
            Err(error) => return self.problem(at, &error),
        };
        let mut used = BTreeSet::new();
        for part in parts {
            match part {
                Part::Slot(name) if slots.contains(&name) => {
                    used.insert(name);
                }
                Part::Slot(name) => {
                    self.problem(at, &format!("{{{name}}} is not a placeholder here; it has {slots:?}"))
                }
                Part::StepLink(key) if self.guide.step(&StepKey::new(key)).is_none() => {
                    self.problem(at, &format!("{{step:{key}}} links to a step that does not exist"))
                }
                Part::StepLink(_) | Part::Text(_) => {}
            }
        }
        for slot in slots.iter().filter(|slot| !used.contains(*slot)) {
            self.problem(at, &format!("is missing the placeholder {{{slot}}}"));
        }
    }

    /// A text the page builds around one link: it has exactly one placeholder.
    fn one_link(&mut self, at: &str, template: &Template) {
        if template.around_one().is_none() {
            self.problem(at, "needs exactly one placeholder, the link");
        }
    }

    fn instruction(&mut self, at: &str, line: &Instruction, slots: &[&str]) {
        self.template(&format!("{at}.text"), &line.text, slots);
        for key in line.path.iter() {
            if self.guide.label(key).is_empty() {
                self.problem(
                    &format!("{at}.path"),
                    &format!("the label {:?} is not defined in labels", key.as_str()),
                );
            }
        }
    }

    fn link(&mut self, at: &str, link: &Link) {
        self.texts(at, &[("text", &link.text)]);
        let host = link.href.strip_prefix("https://").and_then(|rest| rest.split('/').next());
        if !host.is_some_and(|host| LINK_HOSTS.contains(&host)) {
            self.problem(
                &format!("{at}.href"),
                &format!("{:?} is not an https link to {LINK_HOSTS:?}", link.href),
            );
        }
    }

    fn problem(&mut self, at: &str, what: &str) {
        self.problems.push(format!("{at}: {what}"));
    }
}

fn is_key(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_guide::english;

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

    /// The English guide with one change, checked.
    fn problems_after(change: impl FnOnce(&mut Guide)) -> Vec<String> {
        let mut guide = english().clone();
        change(&mut guide);
        guide.check().err().map(|error| error.0).unwrap_or_default()
    }

    #[test]
    fn the_english_guide_is_whole() {
        assert_eq!(english().check(), Ok(()));
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
    fn no_version_numbers_or_prices_that_would_go_stale() {
        for step in &english().steps {
            let text = all_text(step);
            assert!(!text.contains("iOS 1") && !text.contains('$') && !text.contains('€'), "{}", step.key);
        }
    }

    #[test]
    fn a_missing_text_names_its_place() {
        let problems = problems_after(|g| g.steps[4].title = Text::default());
        assert_eq!(problems, ["steps[restart].title: is empty"]);
    }

    #[test]
    fn a_missing_section_of_the_file_is_refused_by_name() {
        let text = crate::test_guide::ENGLISH.replace("[notices]", "[ignored]");
        let error = Guide::from_toml(&text).expect_err("refused");
        assert!(error.to_string().contains("ignored"), "{error}");
    }

    #[test]
    fn unknown_or_missing_placeholders_are_refused() {
        let problems = problems_after(|g| g.progress.count = Template::new("{done} of {all} steps done"));
        assert_eq!(
            problems,
            [
                "progress.count: {all} is not a placeholder here; it has [\"done\", \"total\"]",
                "progress.count: is missing the placeholder {total}",
            ]
        );
        let problems = problems_after(|g| g.checker.rule = Template::new("Free {factor times"));
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("checker.rule: "), "{problems:?}");
    }

    #[test]
    fn unknown_step_keys_and_labels_are_refused() {
        let problems = problems_after(|g| {
            g.checker.leave_videos_out = Template::new("Leave them out ({step:no-vids}).")
        });
        assert_eq!(
            problems,
            ["checker.leave_videos_out: {step:no-vids} links to a step that does not exist"]
        );
        let problems = problems_after(|g| g.steps[0].instructions[0].path.to_mut().push("setings".into()));
        assert_eq!(
            problems,
            ["steps[icloud-access].instructions[0].path: the label \"setings\" is not defined in labels"]
        );
        let problems = problems_after(|g| g.steps[5].key = StepKey::new("restart"));
        assert!(
            problems.contains(&"steps[restart]: this key is used by another step too".to_owned()),
            "{problems:?}"
        );
        assert!(problems.iter().any(|p| p.contains("\"update\", which old links")), "{problems:?}");
    }

    #[test]
    fn links_must_go_to_apple_or_whatsapp_over_https() {
        for href in ["http://support.apple.com/", "https://example.com/", "https://apple.com.example.com/"] {
            let problems = problems_after(|g| g.support.contacts[0].link.href = href.into());
            assert_eq!(problems.len(), 1, "{href}");
            assert!(problems[0].starts_with("support.contacts[0].link.href: "), "{problems:?}");
        }
    }

    #[test]
    fn the_checker_is_in_exactly_one_step() {
        let problems = problems_after(|g| g.steps[0].tool = Some(Tool::SpaceChecker));
        assert_eq!(problems, ["steps: the space checker belongs to exactly one step, not 2"]);
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
