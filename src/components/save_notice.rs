use helper_core::progress::Recovery;
use leptos::prelude::*;

use crate::page_guide::guide;
use crate::part::Part;

/// Says, once, when progress can't be saved or saved progress couldn't be
/// fully read back.
#[component]
pub fn SaveNotice(can_save: RwSignal<bool>, recovery: RwSignal<Recovery>) -> impl IntoView {
    let notices = &guide().notices;
    let message = move || {
        if !can_save.get() {
            return Some(notices.cannot_save.as_str());
        }
        match recovery.get() {
            Recovery::Complete => None,
            Recovery::Partial => Some(notices.partial.as_str()),
            Recovery::Unreadable => Some(notices.unreadable.as_str()),
        }
    };
    let dismissed = RwSignal::new(None::<&'static str>);
    let shown = Memo::new(move |_| message().filter(|&text| dismissed.get() != Some(text)));
    view! {
        <div class="notice-slot" role="status" data-part=Part::SaveNotice.name()>
            {move || {
                shown
                    .get()
                    .map(|text| {
                        view! {
                            <div class="notice">
                                <p>{text}</p>
                                <button type="button" class="secondary" on:click=move |_| dismissed.set(Some(text))>
                                    {notices.ok.as_str()}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
