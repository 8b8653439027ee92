//! The parts of the page that change, by name: the build marks each one's
//! root with its name, and the wasm takes each over by it (take_over.rs).
//! Below the components, which mark their roots, and above nothing.

use leptos::prelude::*;

/// The attribute that names the part an element is the root of.
pub const PART_ATTRIBUTE: &str = "data-part";

/// The parts, one row each: the variant and its name in the page. The
/// list, the names and the lookup by name all come from the one row; the
/// match that takes each over (take_over.rs) has no catch-all, so a new
/// row does not build until its arm is written there.
macro_rules! parts {
    ($($(#[$doc:meta])* $part:ident = $name:literal,)*) => {
        /// Each part, by the element it is the root of.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Part {
            $($(#[$doc])* $part,)*
        }

        impl Part {
            pub const ALL: &[Part] = &[$(Part::$part),*];

            /// The value of [`PART_ATTRIBUTE`] on the part's root.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Part::$part => $name,)*
                }
            }
        }
    };
}

parts! {
    LanguageOffer = "language-offer",
    LanguageMenu = "language-menu",
    SaveOfflineLink = "save-offline",
    SaveNotice = "save-notice",
    SymptomQuestion = "question",
    ProgressSummary = "summary",
    /// A step card's section: its state, as classes, over its static text.
    StepState = "step",
    StepNumber = "step-number",
    StepAnswer = "step-answer",
    StepSuccess = "step-success",
    SpaceChecker = "checker",
    TriedSteps = "tried",
    SupportSummary = "support-summary",
    PrintedAddress = "printed-address",
}

impl Part {
    pub fn named(name: &str) -> Option<Part> {
        Part::ALL.iter().copied().find(|part| part.name() == name)
    }
}

/// Static markup inside a part: rendered into the page by the build, and
/// left alone in the browser, where the part takes over only its root's
/// attributes. In the wasm it renders nothing, so its code is left out.
#[cfg(not(feature = "hydrate"))]
pub fn pre_rendered<V: IntoView>(view: impl FnOnce() -> V) -> V {
    view()
}

#[cfg(feature = "hydrate")]
pub fn pre_rendered<V: IntoView>(_view: impl FnOnce() -> V) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_part_is_found_by_its_own_name() {
        for &part in Part::ALL {
            assert_eq!(Part::named(part.name()), Some(part));
        }
        assert_eq!(Part::named("steps"), None);
    }
}
