use helper_core::template::slots;
use leptos::prelude::*;

use super::language_menu::LanguageMenu;
use super::language_offer::LanguageOffer;
use super::save_offline_link::SaveOfflineLink;
use crate::page_guide::{guide, is_first_language};

#[component]
pub fn PageHeader() -> impl IntoView {
    let guide = guide();
    let count = guide.numbers.integer(guide.steps.len() as u64);
    view! {
        <header class="page-header">
            {is_first_language().then(|| view! { <LanguageOffer/> })}
            <LanguageMenu/>
            <h1>{guide.page.heading.as_str()}</h1>
            <p class="lead">
                {guide.page.lead.fill(slots::Count { count: &count })}
                " "
                <span class="with-controls">{guide.page.lead_progress.as_str()}</span>
            </p>
            <p class="header-links">
                <SaveOfflineLink/>
            </p>
        </header>
    }
}
