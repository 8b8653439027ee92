//! Reading a content file and checking it before it becomes a page: the
//! build (build.rs) stops with every problem, each named by where it is,
//! rather than show a blank or a broken link.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::guide::{Guide, Instruction, Link, Plural, StepKey, Tool, NUMBERED_LINKS};
use crate::plural::{PluralForm, PluralRules};
use crate::reading::UNITS;
use crate::screens::Screens;
use crate::size::{parse_size, Bytes, Rounding};
use crate::template::{Part, Slots, TemplateText};
use crate::text::Text;
use crate::upload::{parse_speed, Speed};

/// The only sites the guide links to.
const LINK_HOSTS: [&str; 3] = ["www.apple.com", "support.apple.com", "faq.whatsapp.com"];

/// The texts the page builds around a link to a step (`{step:KEY}`); a
/// link anywhere else would show as its key.
const LINKED_TEXTS: [&str; 1] = ["checker.leave_videos_out"];

/// Texts that may be left empty: what follows a tap path, and where a
/// label was seen (checked with the labels, as it is not written out).
const MAY_BE_EMPTY: [&str; 3] = ["after", "aside", "seen"];

/// The English content file, for the tools that read it as it is (the
/// benchmark's plain page, the fuzzer) and the tests.
pub const ENGLISH: &str = include_str!("../../content/en.toml");

/// The English guide, read and checked once. A problem in it panics with
/// every problem named: only tools and tests call this; the page's build
/// reports problems itself (build.rs).
pub fn english() -> &'static Guide {
    static GUIDE: OnceLock<Guide> = OnceLock::new();
    GUIDE
        .get_or_init(|| Guide::from_toml(ENGLISH).unwrap_or_else(|error| panic!("content/en.toml:\n{error}")))
}

impl Guide {
    /// Reads a content file (TOML) and checks it: see [`Guide::check`].
    pub fn from_toml(text: &str) -> Result<Guide, ContentError> {
        let guide: Guide = toml::from_str(text).map_err(|error| ContentError(vec![error.to_string()]))?;
        let guide = guide.with_plural_rules()?;
        guide.check()?;
        Ok(guide)
    }

    /// The guide with its language's plural rules, which follow from its
    /// tag (a page's guide is compiled in with them). A language without
    /// rules is refused, saying where to add them.
    pub fn with_plural_rules(mut self) -> Result<Guide, ContentError> {
        let lang = self.meta.lang.as_str();
        self.numbers.plurals = PluralRules::for_language(lang).ok_or_else(|| {
            ContentError(vec![format!(
                "meta.lang: no plural rules for {lang:?}: add its CLDR plural rules for whole \
                 numbers to PluralRules::for_language in core/src/plural.rs"
            )])
        })?;
        Ok(self)
    }

    /// Everything a page needs of its content, or every way it falls
    /// short: an empty text, a placeholder that is unknown or missing, a
    /// tap path through a label that is not defined, a step key that is
    /// unknown or repeated, or a link that leaves Apple's and WhatsApp's
    /// sites. (A missing text is refused as the file is read.)
    pub fn check(&self) -> Result<(), ContentError> {
        let mut check = Check { guide: self, problems: Vec::new() };
        check.all();
        if check.problems.is_empty() {
            Ok(())
        } else {
            Err(ContentError(check.problems))
        }
    }
}

/// The list of the guide's languages, in the content folder: each is
/// `<tag>.toml` there, and the first is the page at the top of the site.
pub const LANGUAGES_FILE: &str = "languages.toml";

/// Keys a language may have or leave out, whatever the others do: a
/// label's aside, plural forms, its digits and other unit names.
const EITHER_WAY: [&str; 8] = ["aside", "digits", "aliases", "zero", "one", "two", "few", "many"];

/// Values that name things rather than say them, the same in every
/// language (and the labels of every tap path, `path[…]`).
const SAME_IN_EVERY_LANGUAGE: [&str; 4] = ["key", "step", "tool", "estimate"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageList {
    languages: Vec<String>,
}

/// Reads every language's content file listed in `folder`'s
/// [`LANGUAGES_FILE`], checks each, and checks that each has every text,
/// label, step and symptom the first has, and no other: so no page misses
/// what another says. The first problem file stops the reading; its
/// problems are named with the file.
pub fn read_languages(folder: &Path) -> Result<Vec<Guide>, ContentError> {
    let read = |name: &str| {
        std::fs::read_to_string(folder.join(name))
            .map_err(|error| ContentError(vec![format!("{name}: reading it: {error}")]))
    };
    let list: LanguageList = toml::from_str(&read(LANGUAGES_FILE)?)
        .map_err(|error| ContentError(vec![format!("{LANGUAGES_FILE}: {error}")]))?;
    let mut guides = Vec::new();
    for tag in &list.languages {
        let name = format!("{tag}.toml");
        let in_file =
            |error: ContentError| ContentError(error.0.into_iter().map(|p| format!("{name}: {p}")).collect());
        let guide = Guide::from_toml(&read(&name)?).map_err(in_file)?;
        if guide.meta.lang.as_str() != tag {
            return Err(in_file(ContentError(vec![format!(
                "meta.lang is {:?}, not {tag:?}",
                guide.meta.lang.as_str()
            )])));
        }
        if let Some(first) = guides.first() {
            same_texts(first, &guide).map_err(in_file)?;
        }
        guides.push(guide);
    }
    if guides.is_empty() {
        return Err(ContentError(vec![format!("{LANGUAGES_FILE}: lists no language")]));
    }
    one_unit_per_name(&guides)?;
    Ok(guides)
}

/// The screens' layout, beside the content files: one for every language.
pub const SCREENS_FILE: &str = "screens.toml";

/// Reads the screens' layout in `folder` and checks it against every
/// language's guide (see [`check_screens`]); then marks in each guide the
/// labels that are headings on their screens.
pub fn read_screens(folder: &Path, guides: &mut [Guide]) -> Result<Screens, ContentError> {
    let in_file = |problems: Vec<String>| {
        ContentError(problems.into_iter().map(|problem| format!("{SCREENS_FILE}: {problem}")).collect())
    };
    let text = std::fs::read_to_string(folder.join(SCREENS_FILE))
        .map_err(|error| in_file(vec![format!("reading it: {error}")]))?;
    let screens: Screens = toml::from_str(&text).map_err(|error| in_file(vec![error.to_string()]))?;
    check_screens(&screens, guides).map_err(|error| in_file(error.0))?;
    for guide in guides.iter_mut() {
        guide.mark_headings(&screens);
    }
    Ok(screens)
}

/// What the pictures need of the layout: each screen with its sources and
/// a key of its own, no two screens opened by one label in one iOS, every
/// label it names defined in every language, and every tap path of every
/// language walking through it, screen by screen.
pub fn check_screens(screens: &Screens, guides: &[Guide]) -> Result<(), ContentError> {
    let mut problems = Vec::new();
    let mut keys = BTreeSet::new();
    for (index, screen) in screens.screens.iter().enumerate() {
        let at = format!("screens[{}]", screen.key);
        if !keys.insert(screen.key.as_str()) {
            problems.push(format!("{at}: this key is used by another screen too"));
        }
        if screen.seen.trim().is_empty() {
            problems.push(format!("{at}.seen: is empty: say where what stands on the screen was seen"));
        }
        if screen.app && screen.opened_by.is_none() {
            problems.push(format!("{at}: an app's screen says which label opens it (`opened_by`)"));
        }
        let opened_by = screen.opened_by.as_deref();
        let twin = screens.screens[..index].iter().find(|other| {
            opened_by.is_some() && other.opened_by.as_deref() == opened_by && other.ios.meets(screen.ios)
        });
        if let (Some(opened_by), Some(twin)) = (opened_by, twin) {
            problems.push(format!(
                "{at}: {opened_by:?} opens the screen {:?} too, in the same iOS",
                twin.key.as_str()
            ));
        }
    }
    for guide in guides {
        let lang = guide.meta.lang.as_str();
        for key in screens.labels() {
            if guide.label(key).is_none() {
                problems.push(format!("the label {:?} is not defined in {lang}.toml", key.as_str()));
            }
        }
        // A step's lines are walked together, as its picture is drawn: a
        // path may start where the line before it ended.
        let steps = guide.steps.iter().flat_map(|step| {
            let walks = screens.walk_lines(&step.instructions).enumerate();
            walks.map(move |(i, walk)| (format!("steps[{}].instructions[{i}]", step.key), walk))
        });
        let others = lines(guide)
            .into_iter()
            .filter(|line| !line.at.starts_with("steps["))
            .map(|line| (line.at, screens.walk(line.path, line.older_path, &[])));
        for (at, walk) in steps.chain(others) {
            if let Err(problem) = walk {
                problems.push(format!("{lang}.toml: {at}.path: {problem}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ContentError(problems))
    }
}

/// Every page reads every language's unit names (`read_every_languages_units`),
/// so a name must mean the same unit in all of them.
fn one_unit_per_name(guides: &[Guide]) -> Result<(), ContentError> {
    let mut units: std::collections::BTreeMap<String, (&str, &str)> = Default::default();
    let mut problems = Vec::new();
    for guide in guides {
        for (unit, names) in UNITS.into_iter().zip(guide.numbers.unit_names()) {
            for name in names {
                let lang = guide.meta.lang.as_str();
                match units.insert(name.to_ascii_lowercase(), (unit, lang)) {
                    Some((other, where_)) if other != unit => problems.push(format!(
                        "{lang}.toml: numbers: {:?} is a unit for {unit} here and for {other} in {where_}.toml",
                        name.as_str()
                    )),
                    _ => {}
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ContentError(problems))
    }
}

/// An instruction of the guide, with its place, whatever fills its text.
struct Line<'g> {
    at: String,
    text: &'g dyn TemplateText,
    path: &'g [Text],
    older_path: &'g [Text],
}

impl<'g> Line<'g> {
    fn new<P: Slots>(at: String, line: &'g Instruction<P>) -> Line<'g> {
        Line { at, text: &line.text, path: &line.path, older_path: &line.older_path }
    }
}

/// Every instruction of the guide, wherever it is.
fn lines(g: &Guide) -> Vec<Line<'_>> {
    let checker = &g.checker;
    let mut lines = vec![
        Line::new("step.keep_it_working".into(), &g.step.keep_it_working),
        Line::new("checker.backup_hint".into(), &checker.backup_hint),
        Line::new("checker.icloud.hint".into(), &checker.icloud.hint),
        Line::new("checker.iphone.hint".into(), &checker.iphone.hint),
        Line::new("checker.icloud.free_up".into(), &checker.icloud.free_up),
        Line::new("checker.iphone.free_up".into(), &checker.iphone.free_up),
    ];
    for (i, contact) in g.support.contacts.iter().enumerate() {
        lines.extend(
            contact.in_app.as_ref().map(|line| Line::new(format!("support.contacts[{i}].in_app"), line)),
        );
    }
    for step in &g.steps {
        for (i, line) in step.instructions.iter().enumerate() {
            lines.push(Line::new(format!("steps[{}].instructions[{i}]", step.key), line));
        }
    }
    lines
}

/// Whether `other` has the texts `first` has, where it has them.
fn same_texts(first: &Guide, other: &Guide) -> Result<(), ContentError> {
    let tree =
        |guide: &Guide| toml::Value::try_from(guide).map_err(|error| ContentError(vec![error.to_string()]));
    let mut problems = Vec::new();
    compare("", &tree(first)?, &tree(other)?, &first.meta.lang, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ContentError(problems))
    }
}

fn compare(at: &str, first: &toml::Value, other: &toml::Value, lang: &str, problems: &mut Vec<String>) {
    let name = at.rsplit('.').next().unwrap_or(at).split('[').next().unwrap_or("");
    match (first, other) {
        (toml::Value::Table(a), toml::Value::Table(b)) => {
            for key in a.keys().chain(b.keys().filter(|key| !a.contains_key(*key))) {
                let at = if at.is_empty() { key.clone() } else { format!("{at}.{key}") };
                match (a.get(key), b.get(key)) {
                    _ if EITHER_WAY.contains(&key.as_str()) => {}
                    (Some(x), Some(y)) => compare(&at, x, y, lang, problems),
                    (Some(_), None) => problems.push(format!("{at}: is missing, and {lang} has it")),
                    (None, _) => problems.push(format!("{at}: is not in {lang}")),
                }
            }
        }
        (toml::Value::Array(a), toml::Value::Array(b)) if a.len() == b.len() => {
            for (index, (x, y)) in a.iter().zip(b).enumerate() {
                let key = x
                    .get("key")
                    .and_then(toml::Value::as_str)
                    .map_or_else(|| index.to_string(), str::to_owned);
                compare(&format!("{at}[{key}]"), x, y, lang, problems);
            }
        }
        (toml::Value::Array(a), toml::Value::Array(b)) => {
            problems.push(format!("{at}: has {} items, and {lang} has {}", b.len(), a.len()))
        }
        _ if (SAME_IN_EVERY_LANGUAGE.contains(&name) || at.contains("path[")) && first != other => {
            problems.push(format!("{at}: should be {first} as in {lang}"))
        }
        (toml::Value::String(a), toml::Value::String(b)) if step_links(a) != step_links(b) => problems.push(
            format!("{at}: links to the steps {:?}, and in {lang} to {:?}", step_links(b), step_links(a)),
        ),
        _ if std::mem::discriminant(first) != std::mem::discriminant(other) => {
            problems.push(format!("{at}: is a {}, and in {lang} a {}", other.type_str(), first.type_str()))
        }
        _ => {}
    }
}

/// The steps a text links to (`{step:KEY}`), in order.
fn step_links(text: &str) -> Vec<&str> {
    text.split("{step:").skip(1).filter_map(|rest| rest.split_once('}').map(|(key, _)| key)).collect()
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
        match toml::Value::try_from(self.guide) {
            Ok(tree) => self.no_empty_text("", &tree),
            Err(error) => self.problem("the guide", &error.to_string()),
        }
        self.labels();
        self.templates();
        self.instructions();
        self.links();
        self.steps();
        self.symptoms();
        self.numbers();
    }

    /// The page writes numbers its checker reads back: ten digits, and
    /// sizes and speeds that read as what they say.
    fn numbers(&mut self) {
        let numbers = &self.guide.numbers;
        if let Some(digits) = &numbers.digits {
            let all_read = digits
                .chars()
                .enumerate()
                .all(|(value, digit)| numbers.normalized(&digit.to_string()) == value.to_string());
            if digits.chars().count() != 10 || !all_read {
                self.problem(
                    "numbers.digits",
                    "should be the ten digits 0 to 9, in a script the checker reads",
                );
            }
        }
        for bytes in [999, 512_000, 2_460_000_000, 46_900_000_000, 12_500_000_000_000] {
            let printed = numbers.size(Bytes(bytes), Rounding::Nearest);
            let read = parse_size(&numbers.normalized(&printed)).ok().flatten().map(|size| size.bytes.0);
            if read != Some(bytes) {
                self.problem(
                    "numbers",
                    &format!("the page writes {printed:?}, which its checker reads as {read:?}"),
                );
            }
        }
        for bits in [750_000, 8_500_000] {
            let printed = numbers.speed(Speed(bits));
            let read = parse_speed(&numbers.normalized(&printed)).ok().flatten().map(|speed| speed.0);
            if read != Some(bits) {
                self.problem(
                    "numbers",
                    &format!("the page writes {printed:?}, which its checker reads as {read:?}"),
                );
            }
        }
    }

    /// Every text of the guide, wherever it is, has words in it.
    fn no_empty_text(&mut self, at: &str, value: &toml::Value) {
        match value {
            toml::Value::String(text)
                if text.trim().is_empty()
                    && !MAY_BE_EMPTY.iter().any(|name| at.ends_with(&format!(".{name}"))) =>
            {
                self.problem(at, "is empty");
            }
            toml::Value::Table(table) => {
                for (name, value) in table {
                    let at = if at.is_empty() { name.clone() } else { format!("{at}.{name}") };
                    self.no_empty_text(&at, value);
                }
            }
            toml::Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    // Items with a key (steps, labels) are named by it.
                    let key = item.get("key").and_then(toml::Value::as_str).map(str::to_owned);
                    self.no_empty_text(&format!("{at}[{}]", key.unwrap_or_else(|| index.to_string())), item);
                }
            }
            _ => {}
        }
    }

    fn labels(&mut self) {
        let mut keys = BTreeSet::new();
        for label in &self.guide.labels {
            let at = format!("labels[{}]", label.key);
            if !keys.insert(label.key.as_str()) {
                self.problem(&at, "this key is used by another label too");
            }
            if label.seen.trim().is_empty() {
                self.problem(&format!("{at}.seen"), "is empty: say where the label was seen");
            }
        }
    }

    /// Each template uses exactly the placeholders its place fills.
    fn templates(&mut self) {
        let g = self.guide;
        let (page, progress, step, checker, support) =
            (&g.page, &g.progress, &g.step, &g.checker, &g.support);
        let texts: [(&str, &dyn TemplateText); 36] = [
            ("meta.title", &g.meta.title),
            ("meta.description", &g.meta.description),
            ("page.lead", &page.lead),
            ("page.printed_address", &page.printed_address),
            ("progress.count", &progress.count),
            ("progress.count_with_skipped", &progress.count_with_skipped),
            ("progress.fixed_banner", &progress.fixed_banner),
            ("step.number", &step.number),
            ("step.step_ref", &step.step_ref),
            ("step.done_for_screen_readers", &step.done_for_screen_readers),
            ("step.skip_for_screen_readers", &step.skip_for_screen_readers),
            ("step.fixed_for_screen_readers", &step.fixed_for_screen_readers),
            ("step.older_path", &step.older_path),
            ("step.beside_heading", &step.beside_heading),
            ("step.under_heading", &step.under_heading),
            ("checker.rule", &checker.rule),
            ("checker.needs_js", &checker.needs_js),
            ("checker.enough", &checker.enough),
            ("checker.enough_detail", &checker.enough_detail),
            ("checker.short", &checker.short),
            ("checker.short_detail", &checker.short_detail),
            ("checker.leave_videos_out", &checker.leave_videos_out),
            ("checker.picture.enough", &checker.picture.enough),
            ("checker.picture.short", &checker.picture.short),
            ("checker.messages.unknown_unit", &checker.messages.unknown_unit),
            ("checker.messages.more_than_total", &checker.messages.more_than_total),
            ("checker.messages.unit_assumed", &checker.messages.unit_assumed),
            ("support.intro", &support.intro),
            ("support.tried", &support.tried),
            ("support.seen", &support.seen),
            ("support.tried_summary", &support.tried_summary),
            ("question.share_failed", &g.question.share_failed),
            ("support.tried_step", &support.tried_step),
            ("estimate.assumed", &g.estimate.assumed),
            ("estimate.takes", &g.estimate.takes),
            ("estimate.unknown_unit", &g.estimate.unknown_unit),
        ];
        for (at, template) in texts {
            self.template(at, template);
        }
        for (at, plural) in [
            ("question.plan_heading", &g.question.plan_heading),
            ("estimate.minutes", &g.estimate.minutes),
            ("estimate.hours", &g.estimate.hours),
            ("estimate.days", &g.estimate.days),
        ] {
            self.plural(at, plural);
        }
        // Texts the page builds around one link.
        let around_links: [(&str, &dyn TemplateText); 3] = [
            ("progress.fixed_banner", &progress.fixed_banner),
            ("checker.leave_videos_out", &checker.leave_videos_out),
            ("step.older_path", &step.older_path),
        ];
        for (at, template) in around_links {
            if template.around_one().is_none() {
                self.problem(at, "needs exactly one placeholder, the link");
            }
        }
        match (&checker.icloud.plan, &checker.icloud.no_plan) {
            (Some(plan), Some(_)) => self.template("checker.icloud.plan", plan),
            _ => self.problem("checker.icloud", "needs both `plan` and `no_plan`"),
        }
        if checker.iphone.plan.is_some() || checker.iphone.no_plan.is_some() {
            self.problem("checker.iphone", "has no plans to buy: leave out `plan` and `no_plan`");
        }
    }

    /// Every instruction's text and tap path, wherever it is.
    fn instructions(&mut self) {
        for line in lines(self.guide) {
            let at = &line.at;
            self.template(&format!("{at}.text"), line.text);
            for (part, path) in [("path", line.path), ("older_path", line.older_path)] {
                for key in path.iter() {
                    if !self.guide.labels.iter().any(|label| label.key == *key) {
                        self.problem(
                            &format!("{at}.{part}"),
                            &format!("the label {:?} is not defined in labels", key.as_str()),
                        );
                    }
                }
            }
            if line.path.is_empty() && !line.older_path.is_empty() {
                self.problem(
                    &format!("{at}.older_path"),
                    "stands only beside a `path` it is the older form of",
                );
            }
        }
    }

    fn links(&mut self) {
        let g = self.guide;
        let contacts = g
            .support
            .contacts
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("support.contacts[{i}].link"), &c.link));
        let steps = g.steps.iter().filter_map(|s| Some((format!("steps[{}].link", s.key), s.link.as_ref()?)));
        let links: Vec<(String, &Link)> = contacts.chain(steps).collect();
        for (at, link) in links {
            let host = link.href.strip_prefix("https://").and_then(|rest| rest.split('/').next());
            if !host.is_some_and(|host| LINK_HOSTS.contains(&host)) {
                self.problem(
                    &format!("{at}.href"),
                    &format!("{:?} is not an https link to {LINK_HOSTS:?}", link.href.as_str()),
                );
            }
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
            self.key(&at, key, &mut seen, "step");
            if step.instructions.is_empty() {
                self.problem(&at, "has no instructions");
            }
        }
        let tools = g.steps.iter().filter(|step| step.tool == Some(Tool::SpaceChecker)).count();
        if tools != 1 {
            self.problem("steps", &format!("the space checker belongs to exactly one step, not {tools}"));
        }
        if g.support.contacts.is_empty() {
            self.problem("support.contacts", "is empty");
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

    /// Each symptom's plan names steps that exist, each once; one symptom,
    /// "not sure", has no plan and keeps the guide's order.
    fn symptoms(&mut self) {
        let g = self.guide;
        let mut seen = BTreeSet::new();
        for symptom in &g.symptoms {
            let key = symptom.key.as_str();
            let at = format!("symptoms[{key}]");
            self.key(&at, key, &mut seen, "symptom");
            let mut planned = BTreeSet::new();
            for step in &symptom.plan {
                if g.step(&step.step).is_none() {
                    self.problem(&format!("{at}.plan"), &format!("{:?} is not a step", step.step.as_str()));
                }
                if !planned.insert(step.step.as_str()) {
                    self.problem(
                        &format!("{at}.plan"),
                        &format!("{:?} is in the plan twice", step.step.as_str()),
                    );
                }
            }
        }
        if !g.symptoms.iter().any(|symptom| symptom.plan.is_empty()) {
            self.problem("symptoms", "one symptom (\"not sure\") has no plan and keeps the guide's order");
        }
    }

    /// A count has a text for each plural form of its language, and no
    /// other; only `other` must say the number, as a language may put
    /// "one" or "two" in words.
    fn plural(&mut self, at: &str, plural: &Plural) {
        let rules = self.guide.numbers.plurals;
        self.template(&format!("{at}.other"), &plural.other);
        let forms = [
            ("zero", PluralForm::Zero, &plural.zero),
            ("one", PluralForm::One, &plural.one),
            ("two", PluralForm::Two, &plural.two),
            ("few", PluralForm::Few, &plural.few),
            ("many", PluralForm::Many, &plural.many),
        ];
        for (name, form, text) in forms {
            let at = format!("{at}.{name}");
            match (rules.forms().contains(&form), text) {
                (true, Some(text)) => {
                    self.template_within(&at, text);
                }
                (true, None) => {
                    self.problem(&at, &format!("is missing: {} counts need it", self.guide.meta.lang))
                }
                (false, Some(_)) => {
                    self.problem(&at, &format!("is not a plural form of {}", self.guide.meta.lang))
                }
                (false, None) => {}
            }
        }
    }

    /// A template must use exactly the placeholders its type fills, and
    /// link to a step only where the page builds a text around the link.
    fn template(&mut self, at: &str, template: &dyn TemplateText) {
        let Some(used) = self.template_within(at, template) else { return };
        for slot in template.names().iter().filter(|slot| !used.contains(*slot)) {
            self.problem(at, &format!("is missing the placeholder {{{slot}}}"));
        }
    }

    /// The placeholders its type fills that the template uses, noting any
    /// other; None when it cannot be read.
    fn template_within<'t>(&mut self, at: &str, template: &'t dyn TemplateText) -> Option<BTreeSet<&'t str>> {
        let slots = template.names();
        let mut used = BTreeSet::new();
        let parts = match template.parts() {
            Ok(parts) => parts,
            Err(error) => {
                self.problem(at, &error);
                return None;
            }
        };
        for part in parts {
            match part {
                Part::Slot(name) if slots.contains(&name) => {
                    used.insert(name);
                }
                Part::Slot(name) => {
                    self.problem(at, &format!("{{{name}}} is not a placeholder here; it has {slots:?}"))
                }
                Part::StepLink(key) if !LINKED_TEXTS.contains(&at) => self.problem(
                    at,
                    &format!("{{step:{key}}}: a link to a step can stand only in {LINKED_TEXTS:?}"),
                ),
                Part::StepLink(key) if self.guide.step(&StepKey::new(key)).is_none() => {
                    self.problem(at, &format!("{{step:{key}}} links to a step that does not exist"))
                }
                Part::StepLink(_) | Part::Text(_) => {}
            }
        }
        Some(used)
    }

    /// A key as saved progress and links hold it, used by one `what` only.
    fn key<'g>(&mut self, at: &str, key: &'g str, seen: &mut BTreeSet<&'g str>, what: &str) {
        if !is_key(key) {
            self.problem(at, "a key is lowercase letters, digits and hyphens, starting with a letter");
        }
        if !seen.insert(key) {
            self.problem(at, &format!("this key is used by another {what} too"));
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

    fn content_folder() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
    }

    #[test]
    fn every_language_has_every_text_and_passes_its_checks() {
        let guides = read_languages(&content_folder()).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(guides[0], *english());
    }

    #[test]
    fn a_language_that_misses_a_text_or_has_another_is_refused() {
        let english = english();
        let mut other = english.clone();
        other.steps.to_mut()[0].tip = None;
        other.labels.to_mut()[0].aside = "(an aside only this language has)".into();
        other.symptoms.to_mut()[1].plan.to_mut().swap(0, 1);
        other.checker.leave_videos_out = Template::new("Leave videos out ({step:restart}).");
        other.support.tell.to_mut().pop();
        let problems = same_texts(english, &other).expect_err("refused").0;
        assert_eq!(
            problems,
            [
                "checker.leave_videos_out: links to the steps [\"restart\"], and in en to [\"no-videos\"]",
                "steps[icloud-access].tip: is missing, and en has it",
                "support.tell: has 4 items, and en has 5",
                "symptoms[stuck-at-zero].plan[0].step: should be \"icloud-access\" as in en",
                "symptoms[stuck-at-zero].plan[1].step: should be \"restart\" as in en",
            ]
        );
        let mut more = english.clone();
        more.steps.to_mut()[0].warning = Some("Careful.".into());
        assert_eq!(
            same_texts(english, &more).expect_err("refused").0,
            ["steps[icloud-access].warning: is not in en"]
        );
    }

    #[test]
    fn a_unit_name_means_one_unit_in_every_language() {
        let mut other = english().clone();
        other.numbers.aliases.gb = vec!["mb".into()].into();
        let problems = one_unit_per_name(&[english().clone(), other]).expect_err("refused").0;
        assert_eq!(problems, ["en.toml: numbers: \"mb\" is a unit for GB here and for MB in en.toml"]);
    }

    #[test]
    fn each_count_has_the_plural_forms_of_its_language_and_no_other() {
        let as_language = |tag: &str| {
            let mut guide = english().clone();
            guide.meta.lang = tag.into();
            guide.with_plural_rules().and_then(|guide| guide.check()).expect_err("refused").0
        };
        let arabic = as_language("ar");
        for form in ["zero", "two", "few", "many"] {
            let problem = format!("estimate.hours.{form}: is missing: ar counts need it");
            assert!(arabic.contains(&problem), "{arabic:?}");
        }
        assert!(as_language("id").contains(&"estimate.days.one: is not a plural form of id".to_owned()));
        assert_eq!(
            as_language("nl"),
            ["meta.lang: no plural rules for \"nl\": add its CLDR plural rules for whole numbers to \
                 PluralRules::for_language in core/src/plural.rs"]
        );
    }

    #[test]
    fn the_digits_must_be_ten_the_checker_reads() {
        let problems = problems_after(|g| g.numbers.digits = Some("0123".into()));
        assert!(problems.iter().any(|p| p.starts_with("numbers.digits: ")), "{problems:?}");
        let problems = problems_after(|g| g.numbers.decimal = "/".into());
        assert!(problems.iter().any(|p| p.contains("2/46") && p.ends_with("reads as None")), "{problems:?}");
    }

    #[test]
    fn every_language_can_be_written_as_rust_for_its_page() {
        for guide in read_languages(&content_folder()).expect("read") {
            let rust =
                crate::rust_literal::to_rust(&guide).unwrap_or_else(|e| panic!("{}: {e}", guide.meta.lang));
            assert!(rust.contains("key: StepKey(Text::from_static(\"restart\"))"));
            if guide.meta.lang.as_str() == "ar" {
                assert!(
                    rust.contains("plurals: PluralRules::Arabic") && rust.contains("digits: Some("),
                    "{rust}"
                );
            }
        }
    }
    use crate::template::Template;

    fn step<'g>(guide: &'g mut Guide, key: &str) -> &'g mut crate::guide::Step {
        guide.steps.to_mut().iter_mut().find(|step| step.key.as_str() == key).expect("a step")
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
    fn an_empty_text_is_named_by_its_place_wherever_it_is() {
        assert_eq!(
            problems_after(|g| step(g, "restart").title = Text::default()),
            ["steps[restart].title: is empty"]
        );
        assert_eq!(problems_after(|g| g.notices.ok = Text::from(" ")), ["notices.ok: is empty"]);
        assert_eq!(problems_after(|g| g.labels[2].text = Text::default()), ["labels[icloud].text: is empty"]);
        let problems = problems_after(|g| g.labels[0].seen = Text::default());
        assert_eq!(problems, ["labels[settings].seen: is empty: say where the label was seen"]);
    }

    #[test]
    fn a_missing_or_unknown_section_of_the_file_is_refused_by_name() {
        let error = Guide::from_toml(&ENGLISH.replace("[notices]", "[ignored]")).expect_err("refused");
        assert!(error.to_string().contains("ignored"), "{error}");
        let error =
            Guide::from_toml(&ENGLISH.replace("heading = \"Space checker\"", "")).expect_err("refused");
        assert!(error.to_string().contains("missing field `heading`"), "{error}");
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
        let problems = problems_after(|g| step(g, "update").key = StepKey::new("restart"));
        assert!(
            problems.contains(&"steps[restart]: this key is used by another step too".to_owned()),
            "{problems:?}"
        );
        assert!(problems.iter().any(|p| p.contains("\"update\", which old links")), "{problems:?}");
    }

    #[test]
    fn plans_name_steps_that_exist_each_once_and_one_symptom_keeps_the_order() {
        let problems = problems_after(|g| {
            let symptoms = g.symptoms.to_mut();
            let plan = symptoms[0].plan.to_mut();
            plan[1].step = StepKey::new("reboot");
            plan[2].step = plan[0].step.clone();
            symptoms[1].key = symptoms[0].key.clone();
        });
        assert_eq!(
            problems,
            [
                "symptoms[cant-complete].plan: \"reboot\" is not a step",
                "symptoms[cant-complete].plan: \"free-space\" is in the plan twice",
                "symptoms[cant-complete]: this key is used by another symptom too",
            ]
        );
        let problems = problems_after(|g| g.symptoms.to_mut().retain(|symptom| !symptom.plan.is_empty()));
        assert_eq!(
            problems,
            ["symptoms: one symptom (\"not sure\") has no plan and keeps the guide's order"]
        );
        let problems = problems_after(|g| {
            step(g, "restart").instructions.to_mut()[0].older_path = vec![Text::from("show_all")].into()
        });
        assert_eq!(
            problems,
            ["steps[restart].instructions[0].older_path: stands only beside a `path` it is the older form of"]
        );
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
    fn a_link_to_a_step_stands_only_where_the_page_makes_it_a_link() {
        let problems = problems_after(|g| g.step.number = Template::new("Step {number}, see {step:update}"));
        assert_eq!(
            problems,
            ["step.number: {step:update}: a link to a step can stand only in [\"checker.leave_videos_out\"]"]
        );
    }

    #[test]
    fn texts_built_around_a_link_have_exactly_one() {
        let problems =
            problems_after(|g| g.progress.fixed_banner = Template::new("{step} fixed it, {step}."));
        assert_eq!(problems, ["progress.fixed_banner: needs exactly one placeholder, the link"]);
    }
}
