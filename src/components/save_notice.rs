use helper_core::progress::Recovery;
use leptos::prelude::*;

const CANNOT_SAVE: &str = "This browser doesn't let the page save your progress here (private browsing \
     and some embedded pages do that). Everything still works, but your ticks and sizes are kept only \
     until you close this page.";
const UNREADABLE: &str = "Your saved progress couldn't be read, so the guide starts fresh.";
const PARTIAL: &str = "Part of your saved progress couldn't be read. The rest is back.";

/// Says, once, when progress can't be saved or saved progress couldn't be
/// fully read back.
#[component]
pub fn SaveNotice(can_save: RwSignal<bool>, recovery: RwSignal<Recovery>) -> impl IntoView {
    let message = move || {
        if !can_save.get() {
            return Some(CANNOT_SAVE);
        }
        match recovery.get() {
            Recovery::Complete => None,
            Recovery::Partial => Some(PARTIAL),
            Recovery::Unreadable => Some(UNREADABLE),
        }
    };
    let dismissed = RwSignal::new(None::<&'static str>);
    let shown = Memo::new(move |_| message().filter(|&text| dismissed.get() != Some(text)));
    view! {
        <div class="notice-slot" role="status">
            {move || {
                shown
                    .get()
                    .map(|text| {
                        view! {
                            <div class="notice">
                                <p>{text}</p>
                                <button type="button" class="secondary" on:click=move |_| dismissed.set(Some(text))>
                                    "OK"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
