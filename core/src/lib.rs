//! The browser-free core of the WhatsApp backup helper: the guide's content,
//! sizes as iOS shows them, WhatsApp's space rule, and the user's progress.
//! Nothing here touches the browser, so all of it is tested natively.

pub mod guide;
pub mod progress;
pub mod size;
pub mod space;
