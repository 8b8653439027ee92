use helper_core::guide::Link;
use leptos::prelude::*;

/// A link to Apple's or WhatsApp's site. It opens in a new tab so the guide,
/// and the user's place in it, stay open; the new tab learns nothing of us.
#[component]
pub fn ExternalLink(link: &'static Link) -> impl IntoView {
    view! {
        <a href=link.href target="_blank" rel="noopener noreferrer">
            {link.text}
            <span class="visually-hidden">" (opens in a new tab)"</span>
        </a>
    }
}
