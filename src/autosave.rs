//! Keeps progress saved in localStorage as it changes. What the user sees
//! need not wait for the write, so each change is written just after it
//! has painted, and at once when the page is hidden (a switch to the
//! Settings app) or closed, so that nothing typed is lost.

use std::time::Duration;

use helper_core::progress::STORAGE_KEY;
use leptos::prelude::*;

use crate::progress_signals::ProgressSignals;
use crate::storage::ProgressStorage;

struct Writer {
    storage: ProgressStorage,
    /// What storage holds, as far as this tab knows. Progress equal to it
    /// is not written again, so loading alone never writes: that would drop
    /// the parts of saved data that only a newer page understands.
    stored: String,
    /// The newest progress not written yet.
    pending: Option<String>,
}

#[derive(Clone, Copy)]
pub struct Autosave {
    writer: StoredValue<Writer, LocalStorage>,
    can_save: RwSignal<bool>,
}

impl Autosave {
    /// Saves every later change of `progress`; `can_save` turns false if
    /// the browser refuses a write.
    pub fn start(storage: ProgressStorage, progress: ProgressSignals, can_save: RwSignal<bool>) -> Autosave {
        let stored = progress.get_untracked().to_json();
        let autosave =
            Autosave { writer: StoredValue::new_local(Writer { storage, stored, pending: None }), can_save };
        Effect::watch(move || progress.get().to_json(), move |json, _, _| autosave.write_soon(json), false);
        let write_now = move |_| autosave.write_now();
        for event in ["visibilitychange", "pagehide"] {
            // The page lives as long as the tab: keep listening.
            std::mem::forget(window_event_listener_untyped(event, write_now));
        }
        autosave
    }

    /// Another tab saved `json`, so storage holds it already.
    pub fn stored_elsewhere(self, json: String) {
        self.writer.update_value(|writer| writer.stored = json);
    }

    fn write_soon(self, json: &str) {
        let was_idle =
            self.writer.try_update_value(|writer| writer.pending.replace(json.to_owned()).is_none());
        if was_idle == Some(true) {
            // A task after the next frame: the change paints first.
            request_animation_frame(move || set_timeout(move || self.write_now(), Duration::ZERO));
        }
    }

    fn write_now(self) {
        let refused = self.writer.try_update_value(|writer| {
            let json = writer.pending.take().filter(|json| *json != writer.stored)?;
            if !self.can_save.get_untracked() {
                return None;
            }
            let written = writer.storage.save(STORAGE_KEY, &json);
            if written {
                writer.stored = json;
            }
            Some(!written)
        });
        if refused.flatten() == Some(true) {
            self.can_save.set(false);
        }
    }
}
