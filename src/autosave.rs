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
    /// Whether progress changed since it was last written.
    pending: bool,
}

#[derive(Clone, Copy)]
pub struct Autosave {
    progress: ProgressSignals,
    writer: StoredValue<Writer, LocalStorage>,
    can_save: RwSignal<bool>,
}

impl Autosave {
    /// Saves every later change of `progress`; `can_save` turns false if
    /// the browser refuses a write.
    pub fn start(storage: ProgressStorage, progress: ProgressSignals, can_save: RwSignal<bool>) -> Autosave {
        let stored = progress.get_untracked().to_json();
        let writer = StoredValue::new_local(Writer { storage, stored, pending: false });
        let autosave = Autosave { progress, writer, can_save };
        // Only noted here: the saved form is made when it is written, not
        // inside the keystroke or tick that changed it.
        Effect::watch(move || progress.track(), move |_, _, _| autosave.write_soon(), false);
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

    fn write_soon(self) {
        let was_idle = self.writer.try_update_value(|writer| !std::mem::replace(&mut writer.pending, true));
        if was_idle == Some(true) {
            // A task after the next frame: the change paints first.
            request_animation_frame(move || set_timeout(move || self.write_now(), Duration::ZERO));
        }
    }

    fn write_now(self) {
        let refused = self.writer.try_update_value(|writer| {
            if !std::mem::take(&mut writer.pending) {
                return None;
            }
            let json = self.progress.get_untracked().to_json();
            if json == writer.stored || !self.can_save.get_untracked() {
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
