//! The screens a tap path passes through, as the iPhone shows them, for
//! the pictures beside each path. The layout is one file for every
//! language (`content/screens.toml`): it names labels by key, and each
//! language's words come from its own labels. [`Screens::walk`] follows a
//! path through it, screen by screen; the build walks every path of every
//! language and stops where one taps a label no screen on its way shows.

use serde::{Deserialize, Serialize};

use crate::guide::{Guide, Instruction, Placement};
use crate::text::{List, Text};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screens {
    pub screens: List<Screen>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screen {
    pub key: Text,
    /// The label whose tap opens the screen, which is its title too
    /// (unless `titled` is false). None for a screen reached otherwise,
    /// such as an app's page in the App Store.
    #[serde(default)]
    pub opened_by: Option<Text>,
    /// Whether `opened_by` is an app on the Home Screen: a path may start
    /// with it, and then starts on this screen.
    #[serde(default)]
    pub app: bool,
    #[serde(default = "titled")]
    pub titled: bool,
    /// Which iOS shows the screen this way.
    #[serde(default)]
    pub ios: Generation,
    /// What stands on it, top to bottom.
    pub items: List<Item>,
    /// Where what stands on it was seen. Not compiled into the page.
    #[serde(serialize_with = "Text::serialize_empty")]
    pub seen: Text,
}

fn titled() -> bool {
    true
}

/// The iOS versions a screen looks this way in: where iOS 18 renamed or
/// moved a row, each generation has a screen of its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Generation {
    #[default]
    #[serde(rename(deserialize = "any"))]
    Any,
    /// iOS 18 and later.
    #[serde(rename(deserialize = "18"))]
    Newer,
    /// iOS 17 and earlier.
    #[serde(rename(deserialize = "17"))]
    Older,
}

impl Generation {
    fn shows(self, wanted: Generation) -> bool {
        self == Generation::Any || self == wanted
    }

    /// Whether some iOS shows both.
    pub fn meets(self, other: Generation) -> bool {
        self.shows(other) || other.shows(self)
    }
}

/// One thing on a screen, by the label it shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all(deserialize = "snake_case"), deny_unknown_fields)]
pub enum Item {
    /// A row that opens something, drawn with a chevron.
    Row(Text),
    /// The row with the user's name and photo.
    Account(Text),
    /// A row with its storage bar under its label.
    Storage(Text),
    /// A row with a switch, drawn as the step leaves it.
    SwitchOn(Text),
    SwitchOff(Text),
    /// A button, such as Back Up Now.
    Button(Text),
    /// An action that removes something, drawn in red.
    Destructive(Text),
    /// The tab bar at the bottom, with this tab at its end.
    Tab(Text),
    /// A section's heading, and what stands beside it, if anything.
    Heading(Heading),
    /// Rows whose place on the screen no source gives: drawn as neutral
    /// rows, with the one tapped, if it is one of them, between them.
    Others(List<Item>),
    /// A row no source names, drawn without words.
    Neutral,
    /// The bar of used and free storage ("X GB of Y GB used").
    StorageBar,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Heading {
    pub label: Text,
    /// What stands at the end of the heading's line: See All next to
    /// Saved to iCloud.
    #[serde(default)]
    pub beside: Option<Text>,
}

impl Item {
    /// The label of a row or control the user can tap.
    pub fn label(&self) -> Option<&Text> {
        match self {
            Item::Row(label)
            | Item::Account(label)
            | Item::Storage(label)
            | Item::SwitchOn(label)
            | Item::SwitchOff(label)
            | Item::Button(label)
            | Item::Destructive(label)
            | Item::Tab(label) => Some(label),
            Item::Heading(_) | Item::Others(_) | Item::Neutral | Item::StorageBar => None,
        }
    }

    /// Whether `key` can be tapped here, or found here: a heading is
    /// found, and what stands beside it tapped.
    fn has(&self, key: &str) -> bool {
        match self {
            Item::Heading(heading) => *heading.label == *key || heading.beside.as_deref() == Some(key),
            Item::Others(items) => items.iter().any(|item| item.has(key)),
            item => item.label().is_some_and(|label| **label == *key),
        }
    }
}

impl Screen {
    /// The label the title bar shows, if it shows one.
    pub fn title(&self) -> Option<&Text> {
        self.opened_by.as_ref().filter(|_| self.titled)
    }

    fn has(&self, key: &str) -> bool {
        self.items.iter().any(|item| item.has(key))
    }

    /// Whether `key` is a section heading here rather than a row.
    fn is_heading(&self, key: &str) -> bool {
        self.items.iter().any(|item| matches!(item, Item::Heading(heading) if *heading.label == *key))
    }

    fn is_tab(&self, key: &str) -> bool {
        self.items.iter().any(|item| matches!(item, Item::Tab(label) if **label == *key))
    }
}

/// One screen of a picture, as the user sees it on the way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shot<'a> {
    pub screen: &'a Screen,
    /// The label its back button shows: the screen before, where iOS
    /// shows one.
    pub back: Option<&'a Text>,
    /// What to tap here: none on the screen a path lands on.
    pub tapped: Option<&'a Text>,
}

/// The screens of one tap path, and, where iOS 17 and earlier differ, the
/// screens they show from where they start to differ.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walk<'a> {
    pub shots: Vec<Shot<'a>>,
    pub older: Vec<Shot<'a>>,
}

impl Guide {
    /// Marks each label that is a section's heading in `screens` as one,
    /// so the guide's paths say where the row by it stands.
    pub fn mark_headings(&mut self, screens: &Screens) {
        for label in self.labels.iter_mut() {
            label.heading = screens.placement(&label.key);
        }
    }
}

impl Screens {
    /// The screens `path` passes, newest iOS first, with `older_path` in
    /// place of its last labels on iOS 17 and earlier. The screen a path
    /// lands on ends the walk, unless `next` (the path of the line after)
    /// starts on it, as its own picture then shows it.
    pub fn walk<'a>(
        &'a self,
        path: &'a [Text],
        older_path: &'a [Text],
        next: &[Text],
    ) -> Result<Walk<'a>, String> {
        let shots = self.walk_in(path, next, Generation::Newer)?;
        if older_path.is_empty() {
            return Ok(Walk { shots, older: Vec::new() });
        }
        let Some(kept) = path.len().checked_sub(older_path.len()) else {
            return Err("the older path is longer than the path".into());
        };
        let older_full: Vec<&'a Text> = path[..kept].iter().chain(older_path).collect();
        let older = self.walk_keys(&older_full, next, Generation::Older)?;
        let same = shots.iter().zip(&older).take_while(|(a, b)| a == b).count();
        Ok(Walk { shots, older: older[same..].to_vec() })
    }

    fn walk_in<'a>(
        &'a self,
        path: &'a [Text],
        next: &[Text],
        generation: Generation,
    ) -> Result<Vec<Shot<'a>>, String> {
        self.walk_keys(&path.iter().collect::<Vec<_>>(), next, generation)
    }

    fn walk_keys<'a>(
        &'a self,
        path: &[&'a Text],
        next: &[Text],
        generation: Generation,
    ) -> Result<Vec<Shot<'a>>, String> {
        let Some((first, _)) = path.split_first() else { return Ok(Vec::new()) };
        let (mut screen, mut taps) = match self.app(first, generation) {
            Some(screen) => (screen, &path[1..]),
            None => (self.start(first, generation)?, path),
        };
        let mut shots = Vec::new();
        let mut back = None;
        while let Some((&key, rest)) = taps.split_first() {
            let key: &'a Text = key;
            let name = key.as_str();
            if !screen.has(key) {
                return Err(format!("{name:?} is not on the screen {:?}", screen.key.as_str()));
            }
            if screen.is_heading(key) {
                // A heading is found, not tapped: what is tapped stands by it.
                if rest.is_empty() {
                    return Err(format!("the heading {name:?} ends the path: tap what stands by it"));
                }
                taps = rest;
                continue;
            }
            shots.push(Shot { screen, back, tapped: Some(key) });
            match self.opened_by(key, generation) {
                Some(opened) => {
                    back = screen.title().filter(|_| !screen.is_tab(key));
                    screen = opened;
                }
                None if rest.is_empty() => return Ok(shots),
                None => return Err(format!("{name:?} opens no screen, but the path goes on")),
            }
            taps = rest;
        }
        let next_starts_here = next.first().is_some_and(|key| {
            self.app(key, generation).is_none() && self.start(key, generation).ok() == Some(screen)
        });
        if !next_starts_here {
            shots.push(Shot { screen, back, tapped: None });
        }
        Ok(shots)
    }

    fn shown(&self, generation: Generation) -> impl Iterator<Item = &Screen> {
        self.screens.iter().filter(move |screen| screen.ios.shows(generation))
    }

    fn app(&self, key: &str, generation: Generation) -> Option<&Screen> {
        self.shown(generation).find(|screen| screen.app && screen.opened_by.as_deref() == Some(key))
    }

    fn opened_by(&self, key: &str, generation: Generation) -> Option<&Screen> {
        self.shown(generation).find(|screen| !screen.app && screen.opened_by.as_deref() == Some(key))
    }

    /// The one screen a path that starts with `key` starts on.
    fn start(&self, key: &str, generation: Generation) -> Result<&Screen, String> {
        let mut on = self.shown(generation).filter(|screen| screen.has(key));
        match (on.next(), on.next()) {
            (Some(screen), None) => Ok(screen),
            (None, _) => Err(format!("{key:?} starts the path, but is on no screen and opens no app")),
            (Some(a), Some(b)) => Err(format!(
                "{key:?} starts the path, and is on both {:?} and {:?}: start where it is",
                a.key.as_str(),
                b.key.as_str()
            )),
        }
    }

    /// Every label the layout names, once each, for the check that each
    /// language defines it.
    pub fn labels(&self) -> std::collections::BTreeSet<&Text> {
        fn items<'a>(list: &'a [Item], labels: &mut std::collections::BTreeSet<&'a Text>) {
            for item in list {
                match item {
                    Item::Heading(heading) => {
                        labels.extend(std::iter::once(&heading.label).chain(&heading.beside))
                    }
                    Item::Others(inner) => items(inner, labels),
                    item => labels.extend(item.label()),
                }
            }
        }
        let mut labels = std::collections::BTreeSet::new();
        for screen in self.screens.iter() {
            labels.extend(&screen.opened_by);
            items(&screen.items, &mut labels);
        }
        labels
    }

    /// Where each section heading puts what a path taps after it: beside
    /// it (See All next to Saved to iCloud) or under it.
    pub fn placement(&self, heading: &str) -> Option<Placement> {
        self.screens.iter().flat_map(|screen| screen.items.iter()).find_map(|item| match item {
            Item::Heading(found) if *found.label == *heading => {
                Some(if found.beside.is_some() { Placement::Beside } else { Placement::Under })
            }
            _ => None,
        })
    }
}

impl Screens {
    /// The walk of each line's tap path, with the line after it in mind:
    /// each step's lines, or a line on its own.
    pub fn walk_lines<'a>(
        &'a self,
        lines: &'a [Instruction],
    ) -> impl Iterator<Item = Result<Walk<'a>, String>> {
        lines.iter().enumerate().map(move |(index, line)| {
            let next = lines.get(index + 1).map_or(&[][..], |next| &next.path[..]);
            self.walk(&line.path, &line.older_path, next)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::{check_screens, english, read_languages, read_screens};
    use crate::guide::StepKey;

    fn content_folder() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
    }

    fn layout() -> Screens {
        let mut guides = vec![english().clone()];
        read_screens(&content_folder(), &mut guides).unwrap_or_else(|error| panic!("{error}"))
    }

    fn keys(path: &[&str]) -> Vec<Text> {
        path.iter().map(|key| Text::from(*key)).collect()
    }

    /// Each shot as "screen (back) > tapped", for comparing walks at a glance.
    fn shots(shots: &[Shot]) -> Vec<String> {
        shots
            .iter()
            .map(|shot| {
                let back = shot.back.map_or(String::new(), |back| format!(" ({back})"));
                let tapped = shot.tapped.map_or(String::new(), |key| format!(" > {key}"));
                format!("{}{back}{tapped}", shot.screen.key)
            })
            .collect()
    }

    #[test]
    fn a_path_from_the_home_screen_shows_each_screen_with_its_back_button_and_lands() {
        let screens = layout();
        let path = keys(&["settings", "your_name", "icloud"]);
        let walk = screens.walk(&path, &[], &[]).expect("walks");
        assert_eq!(
            shots(&walk.shots),
            ["settings > your_name", "account (settings) > icloud", "icloud (your_name)"]
        );
        assert!(walk.older.is_empty(), "no older labels: one set of screens");
    }

    #[test]
    fn where_older_ios_differs_its_screens_follow_from_where_they_differ() {
        let screens = layout();
        let (path, older) =
            (keys(&["settings", "your_name", "icloud", "icloud_storage"]), keys(&["manage_account_storage"]));
        let walk = screens.walk(&path, &older, &[]).expect("walks");
        assert_eq!(
            shots(&walk.shots),
            [
                "settings > your_name",
                "account (settings) > icloud",
                "icloud (your_name) > icloud_storage",
                "icloud-storage (icloud)"
            ]
        );
        assert_eq!(
            shots(&walk.older),
            ["icloud-older (your_name) > manage_account_storage", "manage-account-storage (icloud)"]
        );
    }

    #[test]
    fn a_heading_is_found_and_what_stands_by_it_tapped() {
        let screens = layout();
        let (path, older) = (keys(&["saved_to_icloud", "see_all"]), keys(&["apps_using_icloud", "show_all"]));
        let walk = screens.walk(&path, &older, &[]).expect("walks");
        assert_eq!(shots(&walk.shots), ["icloud > see_all", "saved-to-icloud (icloud)"]);
        assert_eq!(shots(&walk.older), ["icloud-older > show_all", "apps-using-icloud (icloud)"]);
        assert_eq!(walk.shots[1].screen.title(), None, "the list's title is not given, so none is drawn");
        assert_eq!(screens.placement("saved_to_icloud"), Some(Placement::Beside));
        assert_eq!(screens.placement("apps_using_icloud"), Some(Placement::Under));
        assert_eq!(screens.placement("icloud"), None);
    }

    #[test]
    fn a_tab_opens_its_screen_with_no_back_button_and_a_control_ends_the_path() {
        let screens = layout();
        let path = keys(&["whatsapp", "whatsapp_settings", "chats", "chat_backup", "back_up_now"]);
        let walk = screens.walk(&path, &[], &[]).expect("walks");
        assert_eq!(
            shots(&walk.shots),
            [
                "whatsapp > whatsapp_settings",
                "whatsapp-settings > chats",
                "chats (whatsapp_settings) > chat_backup",
                "chat-backup (chats) > back_up_now"
            ]
        );
    }

    #[test]
    fn a_line_that_lands_where_the_next_starts_leaves_that_screen_to_the_next_picture() {
        let screens = layout();
        let step = english().step(&StepKey::new("encrypted-backup")).expect("a step");
        let walks: Vec<Walk> =
            screens.walk_lines(&step.instructions).map(|walk| walk.expect("walks")).collect();
        assert_eq!(
            shots(&walks[0].shots).last().map(String::as_str),
            Some("chat-backup (chats) > end_to_end_backup")
        );
        assert_eq!(shots(&walks[1].shots), ["end-to-end-backup > turn_off"]);
        assert_eq!(shots(&walks[2].shots), ["chat-backup > back_up_now"], "after a line with no path");
        assert!(walks[3].shots.is_empty(), "a line with no path has no picture");
    }

    #[test]
    fn every_tap_path_of_every_language_walks_and_each_step_with_one_has_a_picture() {
        let mut guides = read_languages(&content_folder()).unwrap_or_else(|error| panic!("{error}"));
        let screens = read_screens(&content_folder(), &mut guides).unwrap_or_else(|error| panic!("{error}"));
        for guide in &guides {
            for step in &guide.steps {
                let walks: Vec<Walk> =
                    screens.walk_lines(&step.instructions).map(|walk| walk.expect("walks")).collect();
                for (line, walk) in step.instructions.iter().zip(&walks) {
                    assert_eq!(
                        line.path.is_empty(),
                        walk.shots.is_empty(),
                        "{} {}",
                        guide.meta.lang,
                        step.key
                    );
                }
            }
            let heading = guide.label("saved_to_icloud").and_then(|label| label.heading);
            assert_eq!(heading, Some(Placement::Beside), "{}: headings are marked", guide.meta.lang);
        }
    }

    #[test]
    fn a_path_the_screens_cannot_follow_is_refused_with_where_it_stops() {
        let screens = layout();
        let walk = |path: &[&str]| screens.walk(&keys(path), &[], &[]).map(|_| ()).unwrap_err();
        assert_eq!(walk(&["settings", "chats"]), "\"chats\" is not on the screen \"settings\"");
        assert_eq!(
            walk(&["saved_to_icloud"]),
            "the heading \"saved_to_icloud\" ends the path: tap what stands by it"
        );
        assert_eq!(
            walk(&["settings", "battery", "low_power_mode", "wifi"]),
            "\"low_power_mode\" opens no screen, but the path goes on"
        );
        assert_eq!(
            walk(&["low_data_mode_nowhere"]),
            "\"low_data_mode_nowhere\" starts the path, but is on no screen and opens no app"
        );
    }

    #[test]
    fn a_path_that_could_start_on_two_screens_is_refused() {
        let mut screens = layout();
        let store =
            screens.screens.iter().find(|screen| *screen.key == *"app-store").expect("a screen").clone();
        screens.screens.to_mut().push(Screen { key: Text::from("another-store"), ..store });
        assert_eq!(
            screens.walk(&keys(&["update"]), &[], &[]).map(|_| ()),
            Err("\"update\" starts the path, and is on both \"app-store\" and \"another-store\": start where it is".into())
        );
    }

    #[test]
    fn the_layout_is_refused_where_a_label_is_undefined_or_a_screen_unsourced_or_twice() {
        let mut screens = layout();
        let first = screens.screens[0].clone();
        screens.screens.to_mut()[0].seen = Text::from(" ");
        screens.screens.to_mut().push(Screen { key: Text::from("settings"), ..first });
        let mut guide = english().clone();
        guide.labels.to_mut().retain(|label| *label.key != *"help");
        let restart = guide.steps.iter().position(|step| step.key.as_str() == "restart").expect("a step");
        guide.steps.to_mut()[restart].instructions.to_mut()[4].path =
            List::from(keys(&["settings", "chats"]));
        let problems = check_screens(&screens, &[guide]).expect_err("refused").0;
        assert!(
            problems.contains(
                &"screens[settings].seen: is empty: say where what stands on the screen was seen".into()
            ),
            "{problems:?}"
        );
        assert!(
            problems.contains(&"screens[settings]: this key is used by another screen too".into()),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|problem| *problem
                == "screens[settings]: \"settings\" opens the screen \"settings\" too, in the same iOS"),
            "{problems:?}"
        );
        assert!(problems.contains(&"the label \"help\" is not defined in en.toml".into()), "{problems:?}");
        assert!(
            problems.contains(
                &"en.toml: steps[restart].instructions[4].path: \"chats\" is not on the screen \"settings\""
                    .into()
            ),
            "{problems:?}"
        );
    }
}
