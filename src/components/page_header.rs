use helper_core::guide::TITLE;
use leptos::prelude::*;

use super::save_offline_link::SaveOfflineLink;

#[component]
pub fn PageHeader() -> impl IntoView {
    view! {
        <header class="page-header">
            <h1>{TITLE}</h1>
            <p class="lead">
                "Work through these eight steps in order. Most backups work again after the first few. "
                "Tick each step as you go: your progress stays on this device."
            </p>
            <p class="header-links">
                <SaveOfflineLink/>
            </p>
        </header>
    }
}
