//! The guide, compiled into the page from its content file by build.rs.
//! The same static serves the pre-rendering (tools/page-builder) and the
//! wasm, so the two always render the same words.
//!
//! Read instead from a data block at start, the guide cost the wasm its
//! deserializing code, 19 KB before wasm-opt even in postcard's compact
//! form; as a static it costs only its text.

use helper_core::guide::{
    CheckerMessages, CheckerWords, EstimateWords, FieldLabel, FieldWords, Guide, Instruction, Label, Link,
    Meta, Notices, Numbers, PageWords, PictureWords, PlaceWords, PlannedStep, Plural, ProgressWords,
    QuestionWords, Step, StepKey, StepWords, SupportContact, SupportWords, Symptom, SymptomKey,
    TextDirection, Tool, UnitNames,
};
use helper_core::template::Template;
use helper_core::text::{List, Text};

static GUIDE: Guide = include!(concat!(env!("OUT_DIR"), "/guide.rs"));

pub fn guide() -> &'static Guide {
    &GUIDE
}
