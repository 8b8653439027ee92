//! Which plural form a count takes in each of the guide's languages, as
//! CLDR's plural rules say for whole numbers (the page counts steps,
//! minutes, hours and days, never fractions). Written out here, rather than
//! asked of the browser's `Intl.PluralRules`, so the pre-rendered page and
//! the native tests choose the same words as the wasm.

use serde::{Deserialize, Serialize};

/// A plural form, as CLDR names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// The rules of a family of languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PluralRules {
    /// 1 is `one`, everything else `other`: English, German, Spanish, Italian.
    #[default]
    OneForOne,
    /// 0 and 1 are `one`: French, Portuguese.
    OneForZeroAndOne,
    /// Only `other`: Indonesian.
    OtherOnly,
    /// `zero`, `one`, `two`, `few` (3–10), `many` (11–99), `other`: Arabic.
    Arabic,
}

impl PluralRules {
    /// The rules for a language tag ("pt-BR", "ar"), or None for a
    /// language not written out here: guessing would count in another
    /// language's words.
    pub fn for_language(tag: &str) -> Option<PluralRules> {
        let language = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match language.as_str() {
            "en" | "de" | "es" | "it" => Some(PluralRules::OneForOne),
            "fr" | "pt" => Some(PluralRules::OneForZeroAndOne),
            "id" | "ms" | "ja" | "ko" | "zh" | "th" | "vi" => Some(PluralRules::OtherOnly),
            "ar" => Some(PluralRules::Arabic),
            _ => None,
        }
    }

    pub fn form(self, count: u64) -> PluralForm {
        match self {
            PluralRules::OneForOne if count == 1 => PluralForm::One,
            PluralRules::OneForZeroAndOne if count <= 1 => PluralForm::One,
            PluralRules::Arabic => match (count, count % 100) {
                (0, _) => PluralForm::Zero,
                (1, _) => PluralForm::One,
                (2, _) => PluralForm::Two,
                (_, 3..=10) => PluralForm::Few,
                (_, 11..=99) => PluralForm::Many,
                _ => PluralForm::Other,
            },
            _ => PluralForm::Other,
        }
    }

    /// The forms besides `other` that a content file must give.
    pub fn forms(self) -> &'static [PluralForm] {
        match self {
            PluralRules::OneForOne | PluralRules::OneForZeroAndOne => &[PluralForm::One],
            PluralRules::OtherOnly => &[],
            PluralRules::Arabic => {
                &[PluralForm::Zero, PluralForm::One, PluralForm::Two, PluralForm::Few, PluralForm::Many]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_picks_its_forms() {
        let forms = |tag, counts: &[u64]| {
            let rules = PluralRules::for_language(tag).expect("known");
            counts.iter().map(|&n| rules.form(n)).collect::<Vec<_>>()
        };
        use PluralForm::*;
        assert_eq!(forms("en", &[0, 1, 2, 21]), [Other, One, Other, Other]);
        assert_eq!(forms("de", &[1, 11]), [One, Other]);
        assert_eq!(forms("fr", &[0, 1, 2]), [One, One, Other]);
        assert_eq!(forms("pt-BR", &[0, 1, 2]), [One, One, Other]);
        assert_eq!(forms("id", &[0, 1, 2]), [Other, Other, Other]);
        assert_eq!(
            forms("ar", &[0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000]),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many, Other]
        );
        assert_eq!(PluralRules::for_language("nl"), None);
    }

    #[test]
    fn the_forms_a_file_gives_are_the_forms_counts_take() {
        for rules in [
            PluralRules::OneForOne,
            PluralRules::OneForZeroAndOne,
            PluralRules::OtherOnly,
            PluralRules::Arabic,
        ] {
            for count in 0..300 {
                let form = rules.form(count);
                assert!(form == PluralForm::Other || rules.forms().contains(&form), "{rules:?} {count}");
            }
        }
    }
}
