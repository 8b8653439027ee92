//! The guide's content: the eight fixes in the order that solves most cases
//! first, then where to get help. Kept as data so the page, its tests and
//! any other rendering of the guide all read the same words.

/// One line of instructions: what to do, and where to tap, shown as a
/// breadcrumb such as Settings › your name › iCloud.
#[derive(Debug, PartialEq, Eq)]
pub struct Instruction {
    pub text: &'static str,
    pub path: &'static [&'static str],
}

/// A link to an official page. Only Apple's and WhatsApp's own sites.
#[derive(Debug, PartialEq, Eq)]
pub struct Link {
    pub text: &'static str,
    pub href: &'static str,
}

/// Something a step carries besides its instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// The backup-space checker.
    SpaceChecker,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    /// A stable name for saved progress: it survives reordering and rewording.
    pub key: &'static str,
    pub title: &'static str,
    /// One line on why this step helps.
    pub why: &'static str,
    pub instructions: &'static [Instruction],
    pub link: Option<Link>,
    pub tip: Option<&'static str>,
    /// A caution the user must read before acting.
    pub warning: Option<&'static str>,
    pub tool: Option<Tool>,
}

const fn tap(text: &'static str, path: &'static [&'static str]) -> Instruction {
    Instruction { text, path }
}

const fn say(text: &'static str) -> Instruction {
    Instruction { text, path: &[] }
}

/// The page's heading.
pub const TITLE: &str = "Fix a WhatsApp backup to iCloud that fails or gets stuck";
/// The last section's heading and opening line.
pub const SUPPORT_TITLE: &str = "Still failing? Contact support";
pub const SUPPORT_INTRO: &str =
    "If the backup still fails after all eight steps, the people who run iCloud or WhatsApp can look at your account.";

/// Tap paths the guide and the space checker both point to.
pub const CHAT_BACKUP: &[&str] = &["WhatsApp", "Settings", "Chats", "Chat Backup"];
pub const ICLOUD_SETTINGS: &[&str] = &["Settings", "your name", "iCloud"];
pub const ICLOUD_MANAGE_STORAGE: &[&str] = &["Settings", "your name", "iCloud", "Manage Account Storage"];
pub const IPHONE_STORAGE: &[&str] = &["Settings", "General", "iPhone Storage"];

pub const APPLE_SYSTEM_STATUS: &str = "https://www.apple.com/support/systemstatus/";
pub const APPLE_SUPPORT: &str = "https://support.apple.com/";
pub const WHATSAPP_HELP: &str = "https://faq.whatsapp.com/";

pub const STEPS: [Step; 8] = [
    Step {
        key: "icloud-access",
        title: "Let WhatsApp use iCloud",
        why: "WhatsApp keeps its backup in your iCloud Drive. If WhatsApp may not use iCloud, or iCloud Drive is off, the backup has nowhere to go.",
        instructions: &[
            tap("Open", ICLOUD_SETTINGS),
            say("Check that you are signed in with the Apple Account you use for iCloud, and that iCloud Drive is on."),
            tap("Under Apps Using iCloud, tap", &["Show All"]),
            say("Turn WhatsApp on. If it is on already, turn it off, wait a few seconds, and turn it on again."),
        ],
        link: None,
        tip: Some("Only the official WhatsApp app from the App Store can back up to iCloud. Modified versions cannot."),
        warning: None,
        tool: None,
    },
    Step {
        key: "free-space",
        title: "Make room in iCloud and on your iPhone",
        why: "WhatsApp needs room for the new backup before it replaces the old one, so it asks for more than twice the backup's size free, in iCloud and on the iPhone.",
        instructions: &[
            tap("Find your backup size under Last Backup in", CHAT_BACKUP),
            tap("Find your iCloud space (“X GB of Y GB used”) at the top of", ICLOUD_SETTINGS),
            tap("Find your iPhone space in", IPHONE_STORAGE),
            say("Type the numbers into the checker below: it tells you at once whether there is enough room."),
            tap("To free iCloud space, delete what you don't need in", ICLOUD_MANAGE_STORAGE),
        ],
        link: None,
        tip: None,
        warning: None,
        tool: Some(Tool::SpaceChecker),
    },
    Step {
        key: "back-up-now",
        title: "Start a backup yourself",
        why: "A manual backup shows you right away whether backing up works, instead of waiting for the next automatic one.",
        instructions: &[
            tap("Open", CHAT_BACKUP),
            tap("Tap", &["Back Up Now"]),
            say("Keep WhatsApp open until it finishes. You can use other apps or let the screen lock, but don't swipe WhatsApp away."),
        ],
        link: None,
        tip: Some("Use Wi-Fi for a large backup. On a slow connection it can take a long time and seem stuck near the end. On mobile data only, iCloud Drive's Use Cellular Data switch must be on, or the backup waits for Wi-Fi."),
        warning: None,
        tool: None,
    },
    Step {
        key: "system-status",
        title: "Check that iCloud itself is working",
        why: "Sometimes the problem is on Apple's side. Then nothing on your iPhone helps until Apple fixes it.",
        instructions: &[
            say("Open Apple's System Status page (link below)."),
            say("Find iCloud Backup and iCloud Drive. A green dot means the service is working."),
            say("If either is not green, wait until it is, then try Back Up Now again."),
        ],
        link: Some(Link { text: "Apple System Status", href: APPLE_SYSTEM_STATUS }),
        tip: Some("This page can't check Apple's status for you: it never contacts other sites."),
        warning: None,
        tool: None,
    },
    Step {
        key: "restart",
        title: "Restart your iPhone",
        why: "A restart ends stuck background tasks, a hung backup among them, and often lets the next backup run.",
        instructions: &[
            say("iPhone with Face ID: press and hold the side button and either volume button until the power-off slider appears."),
            say("iPhone with a Home button: press and hold the side button (or the top button) until the slider appears."),
            say("Drag the slider, then wait about 30 seconds after the screen goes dark."),
            say("Press and hold the side button until you see the Apple logo."),
            tap("Then try again:", &["WhatsApp", "Settings", "Chats", "Chat Backup", "Back Up Now"]),
        ],
        link: None,
        tip: None,
        warning: None,
        tool: None,
    },
    Step {
        key: "update",
        title: "Update iOS and WhatsApp",
        why: "Updates fix backup bugs, and WhatsApp supports only recent versions of iOS.",
        instructions: &[
            tap("Install any iOS update from", &["Settings", "General", "Software Update"]),
            tap("Open the App Store, search for WhatsApp, and tap", &["Update"]),
            say("If there is no Update button, WhatsApp is already up to date."),
        ],
        link: None,
        tip: None,
        warning: None,
        tool: None,
    },
    Step {
        key: "no-videos",
        title: "Leave videos out of the backup",
        why: "Videos are often most of a backup. Without them it is smaller, needs less free space and finishes sooner.",
        instructions: &[
            tap("Open", CHAT_BACKUP),
            tap("Turn off", &["Include Videos"]),
            tap("Tap", &["Back Up Now"]),
        ],
        link: None,
        tip: Some("Your videos stay in your chats on this iPhone; they are only left out of the backup. You can turn Include Videos back on later."),
        warning: None,
        tool: None,
    },
    Step {
        key: "delete-old-backup",
        title: "Delete the old iCloud backup and back up again",
        why: "A damaged old backup can block new ones. Deleting it lets WhatsApp start a fresh backup, and frees its space in iCloud.",
        instructions: &[
            tap("Open", &["Settings", "your name", "iCloud", "Manage Account Storage", "WhatsApp Messenger"]),
            tap("Tap", &["Delete Data from iCloud"]),
            tap("Right away, make a new backup:", &["WhatsApp", "Settings", "Chats", "Chat Backup", "Back Up Now"]),
        ],
        link: None,
        tip: None,
        warning: Some("This deletes the only copy of your chats in iCloud. Do it only while your chats are still on this iPhone, and don't delete WhatsApp or reset the iPhone until the new backup has finished."),
        tool: None,
    },
];

/// Where to turn when none of the steps helped.
#[derive(Debug, PartialEq, Eq)]
pub struct SupportContact {
    pub name: &'static str,
    pub for_what: &'static str,
    pub link: Link,
    pub in_app: Option<Instruction>,
}

pub const SUPPORT: [SupportContact; 2] = [
    SupportContact {
        name: "Apple Support",
        for_what: "for problems with your Apple Account, iCloud storage or your iCloud+ plan.",
        link: Link { text: "support.apple.com", href: APPLE_SUPPORT },
        in_app: None,
    },
    SupportContact {
        name: "WhatsApp support",
        for_what:
            "for problems with WhatsApp itself, such as a backup that fails with enough space everywhere.",
        link: Link { text: "faq.whatsapp.com", href: WHATSAPP_HELP },
        in_app: Some(Instruction {
            text: "Or, in the app:",
            path: &["WhatsApp", "Settings", "Help", "Contact Us"],
        }),
    },
];

/// What to tell support, so they can help on the first reply.
pub const TELL_SUPPORT: [&str; 5] = [
    "the exact error message, or the percentage where the backup stops;",
    "your iPhone model and iOS version (Settings › General › About);",
    "your backup size and your free space in iCloud and on the iPhone;",
    "that the backup goes to iCloud, and whether Include Videos is on;",
    "which of the steps above you have tried.",
];

/// Shown when a step fixed the backup: how to keep backups running.
pub const KEEP_IT_WORKING: Instruction = Instruction {
    text: "To keep your chats safe from now on, choose Daily in",
    path: &["WhatsApp", "Settings", "Chats", "Chat Backup", "Auto Backup"],
};

/// The position of the step with this key, if any.
pub fn step_index(key: &str) -> Option<usize> {
    STEPS.iter().position(|step| step.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn all_text(step: &Step) -> String {
        let mut text = format!("{} {} ", step.title, step.why);
        for line in step.instructions {
            text.push_str(line.text);
            text.push(' ');
            text.push_str(&line.path.join(" "));
            text.push(' ');
        }
        text.extend(step.tip);
        text.extend(step.warning);
        text
    }

    #[test]
    fn eight_steps_in_the_known_order() {
        let keys: Vec<&str> = STEPS.iter().map(|s| s.key).collect();
        assert_eq!(
            keys,
            [
                "icloud-access",
                "free-space",
                "back-up-now",
                "system-status",
                "restart",
                "update",
                "no-videos",
                "delete-old-backup"
            ]
        );
        assert_eq!(STEPS.iter().map(|s| s.key).collect::<HashSet<_>>().len(), STEPS.len());
    }

    #[test]
    fn every_step_says_why_and_what_to_do() {
        for step in &STEPS {
            assert!(!step.title.is_empty() && step.why.len() > 30, "{}", step.key);
            assert!(!step.instructions.is_empty(), "{}", step.key);
            for line in step.instructions {
                assert!(!line.text.is_empty(), "{}", step.key);
                assert!(line.path.iter().all(|item| !item.is_empty() && !item.contains('›')), "{}", step.key);
            }
        }
    }

    #[test]
    fn each_step_carries_its_key_facts() {
        let text = |key| all_text(&STEPS[step_index(key).expect("a step")]);
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
    fn only_the_space_step_has_the_checker_and_only_the_delete_step_warns() {
        let with_tool: Vec<&str> = STEPS.iter().filter(|s| s.tool.is_some()).map(|s| s.key).collect();
        assert_eq!(with_tool, ["free-space"]);
        let warned: Vec<&str> = STEPS.iter().filter(|s| s.warning.is_some()).map(|s| s.key).collect();
        assert_eq!(warned, ["delete-old-backup"]);
    }

    #[test]
    fn links_go_only_to_apple_and_whatsapp_over_https() {
        let links = STEPS.iter().filter_map(|s| s.link.as_ref()).chain(SUPPORT.iter().map(|c| &c.link));
        let mut count = 0;
        for link in links {
            count += 1;
            let host =
                link.href.strip_prefix("https://").and_then(|rest| rest.split('/').next()).expect("https");
            assert!(
                ["www.apple.com", "support.apple.com", "faq.whatsapp.com"].contains(&host),
                "{} links to {host}",
                link.text
            );
        }
        assert_eq!(count, 3);
    }

    #[test]
    fn no_version_numbers_or_prices_that_would_go_stale() {
        for step in &STEPS {
            let text = all_text(step);
            assert!(!text.contains("iOS 1") && !text.contains('$') && !text.contains('€'), "{}", step.key);
        }
    }

    #[test]
    fn step_index_finds_keys_and_only_keys() {
        assert_eq!(step_index("restart"), Some(4));
        assert_eq!(step_index("nope"), None);
    }
}
