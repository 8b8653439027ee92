//! The guide this page shows, the links to its other languages, and the
//! screens its pictures draw,
//! compiled into the page from the content files by build.rs: each
//! language's page is built with its own guide (`GUIDE_LANGUAGE`). The same
//! statics serve the pre-rendering (tools/page-builder) and the wasm, so the
//! two always render the same words.
//!
//! Read instead from a data block at start, so that one wasm would serve
//! every language, the guide cost the wasm 14 KB (brotli) of deserializing
//! code and each page a 7 KB block; as a static it costs only its text.

use helper_core::guide::{
    CheckerMessages, CheckerWords, EstimateWords, FieldLabel, FieldWords, Guide, Instruction, Label,
    LanguageWords, Link, Meta, Notices, Numbers, PageWords, PictureWords, PlaceWords, Placement, PlannedStep,
    Plural, ProgressWords, QuestionWords, Step, StepKey, StepWords, SupportContact, SupportWords, Symptom,
    SymptomKey, TextDirection, Tool, UnitAliases, UnitNames,
};
use helper_core::language::LanguageLink;
use helper_core::plural::PluralRules;
use helper_core::screens::{Generation, Heading, Item, Screen, Screens};
use helper_core::template::Template;
use helper_core::text::{List, Text};

static GUIDE: Guide = include!(concat!(env!("OUT_DIR"), "/guide.rs"));

static LANGUAGES: List<LanguageLink> = include!(concat!(env!("OUT_DIR"), "/languages.rs"));

static SCREENS: Screens = include!(concat!(env!("OUT_DIR"), "/screens.rs"));

pub fn guide() -> &'static Guide {
    &GUIDE
}

/// The screens the pictures beside the tap paths draw. Only the build's
/// render draws them (they are static), so the wasm leaves them out.
pub fn screens() -> &'static Screens {
    &SCREENS
}

/// Every language, this page's among them, in the menu's order.
pub fn languages() -> &'static [LanguageLink] {
    &LANGUAGES
}

/// Whether this is the first language's page, the one at the top of the
/// site, which offers the others.
pub fn is_first_language() -> bool {
    LANGUAGES.first().is_some_and(|first| first.lang == GUIDE.meta.lang)
}
