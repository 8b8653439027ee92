//! The browser-free core of the WhatsApp backup helper: the guide's content,
//! sizes as iOS shows them, WhatsApp's space rule, the user's progress and
//! its saved form, a host's accent colour made readable, and the
//! iframe-resizer protocol.
//! Nothing here touches the browser, so all of it is tested natively.

pub mod accent;
pub mod guide;
pub mod iframe_resizer;
pub mod json;
pub mod progress;
pub mod size;
pub mod space;
