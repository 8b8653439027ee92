//! The guide's languages as pages: where each one's page is, how the
//! others link to it, and which one a visitor's browser prefers.

use serde::Serialize;

use crate::guide::Guide;
use crate::text::Text;

/// One of the guide's languages, as each page links to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LanguageLink {
    /// Its tag, for `lang` and `hreflang`.
    pub lang: Text,
    /// Its own name: "Deutsch".
    pub name: Text,
    /// Its direction, "ltr" or "rtl", for what is written in it.
    pub dir: Text,
    /// Its page, from the page that links: "de/index.html", "../index.html".
    pub href: Text,
    /// What the first language's page offers, in this language, to a
    /// visitor whose browser prefers it.
    pub offer: Text,
    pub dismiss: Text,
}

/// Lets each language's checker read every other language's unit names
/// too: sizes typed on one language's page are read on all of them, as
/// progress is the user's, whatever the page's language.
pub fn read_every_languages_units(guides: &mut [Guide]) {
    let names: Vec<[Vec<Text>; 7]> = guides
        .iter()
        .map(|guide| guide.numbers.unit_names().map(|names| names.into_iter().cloned().collect()))
        .collect();
    for guide in guides.iter_mut() {
        for (unit, list) in guide.numbers.aliases_mut().into_iter().enumerate() {
            for name in names.iter().flat_map(|language| &language[unit]) {
                if !list.iter().any(|known| known.eq_ignore_ascii_case(name)) {
                    list.to_mut().push(name.clone());
                }
            }
        }
    }
}

/// Where the page of `guides[index]` goes: the first at the top of the
/// site, each other in a folder named by its tag in lower case ("pt-br").
pub fn folder(guides: &[Guide], index: usize) -> String {
    match index {
        0 => String::new(),
        _ => guides[index].meta.lang.to_ascii_lowercase(),
    }
}

/// Every language, as the page of `guides[index]` links to them: relative
/// links, so the site works from any folder of any host and from disk.
pub fn links_from(guides: &[Guide], index: usize) -> Vec<LanguageLink> {
    let from = folder(guides, index);
    let up = if from.is_empty() { "" } else { "../" };
    (0..guides.len())
        .map(|other| {
            let (guide, to) = (&guides[other], folder(guides, other));
            let down = if to.is_empty() { String::new() } else { format!("{to}/") };
            LanguageLink {
                lang: guide.meta.lang.clone(),
                name: guide.language.name.clone(),
                dir: guide.meta.dir.as_str().into(),
                href: format!("{up}{down}index.html").into(),
                offer: guide.language.offer.clone(),
                dismiss: guide.language.dismiss.clone(),
            }
        })
        .collect()
}

/// The index in `available` of the language the visitor would rather read
/// than `current`, if any: the first of `preferred` that the guide has,
/// matched by tag ("pt-BR") or, failing that, by language ("pt-PT" reads
/// the guide's "pt-BR"). None when the first match is `current`, so a
/// visitor who lists English before German is not offered German.
pub fn preferred_language(preferred: &[String], available: &[&str], current: &str) -> Option<usize> {
    let language = |tag: &str| tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let same = |a: &str, b: &str| a.replace('_', "-").eq_ignore_ascii_case(&b.replace('_', "-"));
    let found = preferred.iter().find_map(|wanted| {
        available
            .iter()
            .position(|tag| same(tag, wanted))
            .or_else(|| available.iter().position(|tag| language(tag) == language(wanted)))
    })?;
    (!same(available[found], current)).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::english;

    #[test]
    fn each_page_links_to_the_others_relative_to_its_folder() {
        let mut german = english().clone();
        german.meta.lang = "de".into();
        german.language.name = "Deutsch".into();
        let mut portuguese = english().clone();
        portuguese.meta.lang = "pt-BR".into();
        let guides = [english().clone(), german, portuguese];
        let hrefs = |index| {
            links_from(&guides, index).into_iter().map(|link| link.href.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(hrefs(0), ["index.html", "de/index.html", "pt-br/index.html"]);
        assert_eq!(hrefs(2), ["../index.html", "../de/index.html", "../pt-br/index.html"]);
        assert_eq!(links_from(&guides, 0)[1].name.as_str(), "Deutsch");
    }

    #[test]
    fn sizes_typed_in_one_language_read_in_every_other() {
        let mut french = english().clone();
        french.meta.lang = "fr".into();
        french.numbers.units.gb = "Go".into();
        let mut arabic = english().clone();
        arabic.numbers.units.mb = "م.ب".into();
        arabic.numbers.aliases.gb = vec!["غيغابايت".into()].into();
        let mut guides = [english().clone(), french, arabic];
        read_every_languages_units(&mut guides);
        let read = |guide: &Guide, typed: &str| {
            crate::size::parse_size(&guide.numbers.normalized(typed)).ok().flatten().map(|size| size.bytes.0)
        };
        assert_eq!(read(&guides[0], "3 م.ب"), Some(3_000_000));
        assert_eq!(read(&guides[0], "3 غيغابايت"), Some(3_000_000_000));
        assert_eq!(read(&guides[2], "3 Go"), Some(3_000_000_000));
        assert_eq!(guides[1].numbers.aliases.gb.iter().filter(|name| name.as_str() == "GB").count(), 1);
    }

    const GUIDE: [&str; 8] = ["en", "es", "pt-BR", "fr", "de", "it", "id", "ar"];

    fn offer(browser: &[&str]) -> Option<&'static str> {
        let browser: Vec<String> = browser.iter().map(|tag| tag.to_string()).collect();
        preferred_language(&browser, &GUIDE, "en").map(|index| GUIDE[index])
    }

    #[test]
    fn offers_the_first_language_the_browser_lists_that_the_guide_has() {
        assert_eq!(offer(&["de-DE", "en"]), Some("de"));
        assert_eq!(offer(&["pt-PT"]), Some("pt-BR"), "the language, where the region differs");
        assert_eq!(offer(&["PT_br"]), Some("pt-BR"));
        assert_eq!(offer(&["ja", "ar-SA"]), Some("ar"), "past a language the guide lacks");
        assert_eq!(offer(&["es-419", "fr"]), Some("es"));
    }

    #[test]
    fn offers_nothing_when_the_page_is_already_the_first_choice() {
        assert_eq!(offer(&["en-GB", "de"]), None);
        assert_eq!(offer(&["ja", "ko"]), None);
        assert_eq!(offer(&[]), None);
        assert_eq!(offer(&[""]), None);
    }
}
