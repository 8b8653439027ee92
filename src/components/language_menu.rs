use leptos::ev::{FocusEvent, KeyboardEvent, MouseEvent};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, HtmlDetailsElement, HtmlElement, Node};

use crate::deep_link;
use crate::page_guide::{guide, languages};
use crate::part::Part;

/// The guide's languages, each by its own name; the one shown is marked.
/// A link opens the other page where the user is: the same plan, the same
/// step, embedded or not.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let guide = guide();
    let here = guide.meta.lang.as_str();
    let words = &guide.language;
    let links = languages()
        .iter()
        .map(|language| {
            let (lang, href, dir) = (language.lang.as_str(), language.href.as_str(), language.dir.as_str());
            let keep_place = move |event: MouseEvent| keep_place(&event, href);
            view! {
                <li>
                    <a
                        href=href
                        hreflang=lang
                        lang=lang
                        dir=dir
                        aria-current=(lang == here).then_some("page")
                        on:click=keep_place
                        on:auxclick=keep_place
                        on:contextmenu=keep_place
                    >
                        {language.name.as_str()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-menu" aria-label=words.menu.as_str() data-part=Part::LanguageMenu.name()>
            <details on:keydown=close_on_escape on:focusout=close_when_left>
                <summary>
                    <svg class="globe" viewBox="0 0 16 16" aria-hidden="true">
                        <circle cx="8" cy="8" r="6.5"></circle>
                        <path d="M1.5 8h13M8 1.5c-2.2 2-2.2 11 0 13M8 1.5c2.2 2 2.2 11 0 13"></path>
                    </svg>
                    <span class="visually-hidden">{words.menu.as_str()}" "</span>
                    {words.name.as_str()}
                </summary>
                <ul>{links}</ul>
            </details>
        </nav>
    }
}

/// Escape closes the open menu, and leaves the focus on its button.
fn close_on_escape(event: KeyboardEvent) {
    let Some(details) =
        event.current_target().and_then(|target| target.dyn_into::<HtmlDetailsElement>().ok())
    else {
        return;
    };
    if event.key() == "Escape" && details.open() {
        details.set_open(false);
        if let Some(summary) =
            details.query_selector("summary").ok().flatten().and_then(|s| s.dyn_into::<HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}

/// The menu closes once the focus has left it, so it never stays open
/// over the page.
fn close_when_left(event: FocusEvent) {
    let Some(details) =
        event.current_target().and_then(|target| target.dyn_into::<HtmlDetailsElement>().ok())
    else {
        return;
    };
    let next = event.related_target().and_then(|target| target.dyn_into::<Node>().ok());
    if !next.is_some_and(|next| details.contains(Some(&next))) {
        details.set_open(false);
    }
}

/// Points the link being followed (clicked, opened in a new tab, or
/// copied from its menu) at `href` with this page's query and fragment.
pub(super) fn keep_place(event: &MouseEvent, href: &str) {
    if let Some(link) = event.current_target().and_then(|target| target.dyn_into::<HtmlAnchorElement>().ok())
    {
        link.set_href(&deep_link::keeping_place(href));
    }
}
