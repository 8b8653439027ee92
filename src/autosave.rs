//! Keeps progress saved in localStorage as it changes. What the user sees
//! need not wait for the write, so each change is written just after it
//! has painted, and at once when the page is hidden (a switch to the
//! Settings app) or closed, so that nothing typed is lost.

use gloo_events::EventListener;
use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use helper_core::progress::{Progress, STORAGE_KEY};
use leptos::prelude::*;

use crate::progress_signals::ProgressSignals;
use crate::saved_text;
use crate::storage::ProgressStorage;

struct Writer {
    storage: ProgressStorage,
    /// What storage holds, as far as this tab knows. Progress equal to it
    /// is not written again, so loading alone never writes: that would drop
    /// the parts of saved data that only a newer page understands.
    stored: Option<String>,
    /// The frame a change waits for, while one is waiting to be written.
    pending: Option<AnimationFrame>,
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
        let stored = saved_text::write(&progress.get_untracked());
        let writer = StoredValue::new_local(Writer { storage, stored, pending: None });
        let autosave = Autosave { progress, writer, can_save };
        // Only noted here: the saved form is made when it is written, not
        // inside the keystroke or tick that changed it.
        Effect::watch(move || progress.track(), move |_, _, _| autosave.write_soon(), false);
        if let Some(window) = web_sys::window() {
            // The page lives as long as the tab: keep listening.
            EventListener::new(&window, "visibilitychange", move |_| autosave.write_now()).forget();
            EventListener::new(&window, "pagehide", move |_| autosave.write_now()).forget();
        }
        autosave
    }

    /// Another tab saved `progress`, so storage holds it already.
    pub fn stored_elsewhere(self, progress: &Progress) {
        self.writer.update_value(|writer| writer.stored = saved_text::write(progress));
    }

    /// Writes progress soon, as after a change: for one made as the page
    /// starts, which the watch takes as where it starts from.
    pub fn write_soon(self) {
        self.writer.update_value(|writer| {
            if writer.pending.is_none() {
                // A task after the next frame: the change paints first.
                writer.pending = Some(request_animation_frame(move |_| {
                    Timeout::new(0, move || self.write_now()).forget();
                }));
            }
        });
    }

    fn write_now(self) {
        let refused = self.writer.try_update_value(|writer| {
            // Dropping the frame cancels it, if it has not come yet.
            writer.pending.take()?;
            let text = saved_text::write(&self.progress.get_untracked())?;
            if writer.stored.as_ref() == Some(&text) || !self.can_save.get_untracked() {
                return None;
            }
            let written = writer.storage.save(STORAGE_KEY, &text);
            if written {
                writer.stored = Some(text);
            }
            Some(!written)
        });
        if refused.flatten() == Some(true) {
            self.can_save.set(false);
        }
    }
}
