//! The browser-free core of the WhatsApp backup helper: the guide as a value
//! (its content, checked when the page is built), the words chosen from it,
//! sizes as iOS shows them, WhatsApp's space rule, the plan for what the
//! user sees, how long an upload takes, the user's progress and
//! its saved form, the page's colours and a host's accent made readable, and the
//! iframe-resizer protocol; and the screens each tap path passes, for its
//! picture.
//! Nothing here touches the browser, so all of it is tested natively.

pub mod accent;
#[cfg(feature = "content-file")]
pub mod content_check;
pub mod guide;
pub mod iframe_resizer;
pub mod language;
pub mod palette;
pub mod plan;
pub mod plural;
pub mod progress;
pub mod reading;
#[cfg(feature = "content-file")]
pub mod rust_literal;
pub mod screens;
pub mod size;
pub mod space;
pub mod template;
pub mod text;
pub mod upload;
pub mod words;
