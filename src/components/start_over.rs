use helper_core::progress::Progress;
use leptos::prelude::*;

use crate::page_guide::guide;
use crate::progress_signals::ProgressSignals;

/// Clears all progress, after the user confirms. Shown only when there is
/// something to clear.
#[component]
pub fn StartOver(
    progress: ProgressSignals,
    after_clear: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let words = &guide().progress;
    let confirming = RwSignal::new(false);
    let has_progress = Memo::new(move |_| !progress.is_empty());
    // Always there, hidden while there is nothing to clear: built with the
    // page, not by the user's first tick or keystroke.
    view! {
        <div class="start-over with-controls" hidden=move || !has_progress.get()>
            <button
                type="button"
                class="secondary"
                aria-expanded=move || confirming.get().to_string()
                aria-controls="start-over-confirm"
                on:click=move |_| confirming.update(|c| *c = !*c)
            >
                {words.start_over.as_str()}
            </button>
            <div id="start-over-confirm" class="confirm" hidden=move || !confirming.get()>
                <p>{words.confirm_start_over.as_str()}</p>
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        progress.set(Progress::default());
                        confirming.set(false);
                        after_clear();
                    }
                >
                    {words.confirm_yes.as_str()}
                </button>
                <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                    {words.cancel.as_str()}
                </button>
            </div>
        </div>
    }
}
