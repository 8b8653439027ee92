//! The WhatsApp backup helper: a guide through the fixes for a failing
//! WhatsApp backup to iCloud, with a space checker and saved progress.
//!
//! The same components are rendered twice, from the same guide (the
//! content file, checked by the core): the whole page to HTML at build
//! time (`ssr`, by tools/page-builder), and in the browser, where the wasm
//! takes over the parts of that HTML that change (`hydrate`, src/main.rs,
//! crate::take_over).

pub mod accent;
pub mod app;
mod autosave;
mod browser_languages;
mod clipboard;
pub mod components;
pub mod deep_link;
pub mod element_id;
pub mod frame_messages;
pub mod offline_copy;
pub mod page_file;
pub mod page_guide;
pub mod part;
pub mod progress_signals;
pub mod saved_progress;
mod saved_text;
mod step_order;
mod storage;
pub mod take_over;
mod warm_up;
