use leptos::prelude::*;

use crate::offline_copy;
use crate::page_guide::guide;
use crate::part::Part;

/// Downloads the whole guide as one HTML file that works without a network.
/// Without JavaScript the browser downloads the page from its host instead.
#[component]
pub fn SaveOfflineLink() -> impl IntoView {
    view! {
        <a
            class="save-offline"
            data-part=Part::SaveOfflineLink.name()
            href=""
            download=offline_copy::file_name()
            on:click=move |event| {
                if offline_copy::download() {
                    event.prevent_default();
                }
            }
        >
            {guide().page.save_offline.as_str()}
        </a>
    }
}
