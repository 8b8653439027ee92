//! A help center's own accent colour, given in the embed URL
//! (`?embed&accent=%230a7cff`). Only a plain hex colour is accepted, and it
//! is adjusted until text and controls drawn with it keep WCAG AA contrast
//! (4.5:1) on the page's light and dark backgrounds.

use std::fmt;

use crate::palette;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    const BLACK: Rgb = Rgb(0, 0, 0);
    const WHITE: Rgb = Rgb(255, 255, 255);

    /// `0xrrggbb`, as the palette writes it.
    const fn of(color: u32) -> Rgb {
        Rgb((color >> 16) as u8, (color >> 8) as u8, color as u8)
    }

    /// Reads `#0a7cff`, `0a7cff`, `#07f` or `07f`; nothing else.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).ok();
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => Some(Rgb(pair(0)?, pair(2)?, pair(4)?)),
            _ => None,
        }
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// `self` moved `amount` (0 to 1) of the way towards `other`.
    fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let blend = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(blend(self.0, other.0), blend(self.1, other.1), blend(self.2, other.2))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The WCAG contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (a.luminance(), b.luminance());
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// WCAG AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// One colour scheme of the page, from its palette.
struct Scheme {
    /// What an accent is drawn on: the cards, then the page.
    backgrounds: [Rgb; 2],
    /// The body text, which also sits on the accent's pale wash.
    text: Rgb,
    /// Where an accent moves to read better: black on light, white on dark.
    away: Rgb,
}

const LIGHT: Scheme = Scheme {
    backgrounds: [Rgb::of(palette::SURFACE.light), Rgb::of(palette::BG.light)],
    text: Rgb::of(palette::TEXT.light),
    away: Rgb::BLACK,
};
const DARK: Scheme = Scheme {
    backgrounds: [Rgb::of(palette::SURFACE.dark), Rgb::of(palette::BG.dark)],
    text: Rgb::of(palette::TEXT.dark),
    away: Rgb::WHITE,
};

/// The colours the page draws with its accent, for one colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccentColors {
    /// Links, outlines and button backgrounds.
    pub accent: Rgb,
    /// Text on an accent background.
    pub on_accent: Rgb,
    /// A pale wash of the accent, behind normal text.
    pub soft: Rgb,
}

/// The accent for the light and the dark colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccentPalette {
    pub light: AccentColors,
    pub dark: AccentColors,
}

impl AccentPalette {
    pub fn from_accent(accent: Rgb) -> AccentPalette {
        AccentPalette { light: colors_on(accent, &LIGHT), dark: colors_on(accent, &DARK) }
    }
}

/// Moves the accent towards `away` until it reads on every background, and
/// pales it towards the card background, no further than needed, for a
/// wash that the accent and the body text still read on.
fn colors_on(accent: Rgb, scheme: &Scheme) -> AccentColors {
    let steps = |from: Rgb, to: Rgb| (0..=20).map(move |step| from.mix(to, f64::from(step) / 20.0));
    let card = scheme.backgrounds[0];
    let readable = |color: Rgb| scheme.backgrounds.iter().all(|&bg| contrast(color, bg) >= MIN_CONTRAST);
    let accent = steps(accent, scheme.away).find(|&c| readable(c)).unwrap_or(scheme.away);
    let on_accent =
        if contrast(Rgb::WHITE, accent) >= contrast(Rgb::BLACK, accent) { Rgb::WHITE } else { Rgb::BLACK };
    let soft = steps(accent, card)
        .skip(17)
        .find(|&c| contrast(accent, c) >= MIN_CONTRAST && contrast(scheme.text, c) >= MIN_CONTRAST)
        .unwrap_or(card);
    AccentColors { accent, on_accent, soft }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_plain_hex_colours_only() {
        assert_eq!(Rgb::parse_hex("#0a7cff"), Some(Rgb(0x0a, 0x7c, 0xff)));
        assert_eq!(Rgb::parse_hex("0A7CFF"), Some(Rgb(0x0a, 0x7c, 0xff)));
        assert_eq!(Rgb::parse_hex("#07f"), Some(Rgb(0x00, 0x77, 0xff)));
        for bad in [
            "",
            "#",
            "red",
            "#12345",
            "#1234567",
            "#ggg",
            "#0a7cff;}",
            "0a7cff\"><script>",
            "#-1-1-1",
            "#０a7cff",
        ] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn prints_as_css_hex() {
        assert_eq!(Rgb(10, 124, 255).to_string(), "#0a7cff");
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((contrast(Rgb::BLACK, Rgb::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x77, 0x77, 0x77), Rgb::WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn every_accent_keeps_aa_contrast_in_both_schemes() {
        // 4,096 colours, from black to white in every channel.
        for n in 0..16 * 16 * 16 {
            let accent = Rgb((n / 256) as u8 * 17, (n / 16 % 16) as u8 * 17, (n % 16) as u8 * 17);
            let palette = AccentPalette::from_accent(accent);
            for (colors, scheme) in [(palette.light, LIGHT), (palette.dark, DARK)] {
                for bg in scheme.backgrounds {
                    assert!(contrast(colors.accent, bg) >= MIN_CONTRAST, "{accent} on {bg}");
                }
                assert!(contrast(colors.on_accent, colors.accent) >= MIN_CONTRAST, "text on {accent}");
                assert!(contrast(colors.accent, colors.soft) >= MIN_CONTRAST, "{accent} on its wash");
                assert!(
                    contrast(scheme.text, colors.soft) >= MIN_CONTRAST,
                    "body text on the wash of {accent}"
                );
            }
        }
    }

    #[test]
    fn a_readable_accent_is_kept_as_it_is() {
        let blue = Rgb(0x0a, 0x5c, 0xc0);
        assert_eq!(AccentPalette::from_accent(blue).light.accent, blue);
        let pale = Rgb(0x8a, 0xb4, 0xff);
        assert_eq!(AccentPalette::from_accent(pale).dark.accent, pale);
    }
}
