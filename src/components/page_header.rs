use leptos::prelude::*;

use super::save_offline_link::SaveOfflineLink;
use crate::guide_static::guide;

#[component]
pub fn PageHeader() -> impl IntoView {
    let guide = guide();
    let count = guide.steps.len().to_string();
    view! {
        <header class="page-header">
            <h1>{guide.page.heading.as_str()}</h1>
            <p class="lead">
                {guide.page.lead.fill(&[("count", &count)])}
                " "
                <span class="with-controls">{guide.page.lead_progress.as_str()}</span>
            </p>
            <p class="header-links">
                <SaveOfflineLink/>
            </p>
        </header>
    }
}
