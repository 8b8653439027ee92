use gloo_events::EventListener;
use helper_core::template::slots;
use leptos::html::P;
use leptos::prelude::*;

use crate::page_guide::guide;
use crate::part::Part;

/// What the guide is, and, on paper only, where to open it again.
#[component]
pub fn PageFooter() -> impl IntoView {
    view! {
        <footer class="page-footer">
            <p>{guide().page.footer.as_str()}</p>
            <PrintedAddress/>
        </footer>
    }
}

/// On paper only: the page's address, to open it again.
#[component]
pub fn PrintedAddress() -> impl IntoView {
    let words = &guide().page;
    let address = NodeRef::<P>::new();
    // The address as the page has it when printed: with the symptom chosen,
    // so that it opens the same plan. Written straight into the paragraph,
    // as printing lays the page out before any later update.
    Effect::new(move |_| {
        let Some(window) = web_sys::window() else { return };
        let page = window.clone();
        EventListener::new(&window, "beforeprint", move |_| {
            let href = page.location().href().unwrap_or_default();
            let without_fragment = href.split('#').next().unwrap_or_default();
            if let Some(address) = address.get_untracked() {
                address.set_text_content(Some(
                    &words.printed_address.fill(slots::Address { address: without_fragment }),
                ));
            }
        })
        // The page lives as long as the tab: keep listening.
        .forget();
    });
    view! {
        <p class="printed-address" node_ref=address data-part=Part::PrintedAddress.name()></p>
    }
}
