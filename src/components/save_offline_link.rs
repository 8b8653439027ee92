use leptos::prelude::*;

use crate::guide_static::guide;
use crate::offline_copy::{self, FILE_NAME};

/// Downloads the whole guide as one HTML file that works without a network.
/// Without JavaScript the browser downloads the page from its host instead.
#[component]
pub fn SaveOfflineLink() -> impl IntoView {
    view! {
        <a
            class="save-offline"
            href=""
            download=FILE_NAME
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
