use helper_core::guide::Link;
use leptos::prelude::*;

use crate::page_guide::guide;

/// A link to Apple's or WhatsApp's site. It opens in a new tab so the guide,
/// and the user's place in it, stay open; the new tab learns nothing of us.
#[component]
pub fn ExternalLink(link: &'static Link) -> impl IntoView {
    view! {
        <a href=link.href.as_str() target="_blank" rel="noopener noreferrer">
            {link.text.as_str()}
            <span class="visually-hidden">{guide().page.opens_in_new_tab.as_str()}</span>
        </a>
    }
}
