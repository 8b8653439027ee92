use helper_core::language::{preferred_language, LanguageLink};
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::language_menu::keep_place;
use crate::browser_languages;
use crate::page_guide::{guide, languages};
use crate::part::Part;
use crate::storage::ProgressStorage;

/// Where the page keeps that the visitor turned the offer down.
const DISMISSED_KEY: &str = "whatsapp-backup-helper.language-offer";

/// On the first language's page, a link to the guide in the language the
/// visitor's browser prefers, written in that language, if the guide has
/// it: offered, never a redirect. Turned down, it stays away. (The page
/// header shows it on the first language's page only.)
#[component]
pub fn LanguageOffer() -> impl IntoView {
    let offered: RwSignal<Option<&'static LanguageLink>> = RwSignal::new(None);
    // Whether the page has looked (what the tests wait for).
    let asked = RwSignal::new(false);
    // In the browser only, after the page is taken over.
    Effect::new(move |_| {
        asked.set(true);
        if ProgressStorage::open().load(DISMISSED_KEY).is_none() {
            let available: Vec<&str> = languages().iter().map(|language| language.lang.as_str()).collect();
            let wanted = browser_languages::preferred();
            let found = preferred_language(&wanted, &available, &guide().meta.lang);
            offered.set(found.and_then(|index| languages().get(index)));
        }
    });
    let text = move |part: fn(&'static LanguageLink) -> &'static str| move || offered.get().map(part);
    // Until a language is offered, the hidden link leads to this page,
    // so it is never a link to nowhere.
    let here = languages().first().map_or("", |first| first.href.as_str());
    let href = move || offered.get().map_or(here, |language| language.href.as_str());
    let keep = move |event: MouseEvent| keep_place(&event, href());
    view! {
        <p
            class="language-offer"
            hidden=move || offered.with(Option::is_none)
            lang=text(|l| l.lang.as_str())
            dir=text(|l| l.dir.as_str())
            data-asked=move || asked.get().then_some("")
            data-part=Part::LanguageOffer.name()
        >
            <a
                href=href
                hreflang=text(|l| l.lang.as_str())
                on:click=keep
                on:auxclick=keep
                on:contextmenu=keep
            >
                {text(|l| l.offer.as_str())}
            </a>
            <button
                type="button"
                class="link-button"
                on:click=move |_| {
                    ProgressStorage::open().save(DISMISSED_KEY, "dismissed");
                    offered.set(None);
                }
            >
                {text(|l| l.dismiss.as_str())}
            </button>
        </p>
    }
}
