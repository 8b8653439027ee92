//! The page's colours, light and dark, each written once: the page-builder
//! writes them into the stylesheet as its custom properties, and a host's
//! accent (accent.rs) is kept readable on the backgrounds among them.

use std::fmt::Display;

/// A colour the stylesheet draws with: its custom property, and its value
/// in the light and in the dark colour scheme, as `0xrrggbb`.
pub struct Color {
    pub property: &'static str,
    pub light: u32,
    pub dark: u32,
}

macro_rules! palette {
    ($($name:ident = $property:literal: $light:literal, $dark:literal;)*) => {
        $(pub const $name: Color = Color { property: $property, light: $light, dark: $dark };)*

        /// Every colour, in the order the stylesheet declares them.
        pub const PALETTE: &[Color] = &[$($name),*];
    };
}

palette! {
    BG = "--bg": 0xf6f7f5, 0x121614;
    SURFACE = "--surface": 0xffffff, 0x1b201e;
    TEXT = "--text": 0x1b1f1d, 0xe8ece9;
    MUTED = "--muted": 0x4d5752, 0xaab5af;
    BORDER = "--border": 0xd5dbd7, 0x35403b;
    ACCENT = "--accent": 0x0b6b42, 0x5fd39a;
    ACCENT_TEXT = "--accent-text": 0xffffff, 0x08140e;
    ACCENT_SOFT = "--accent-soft": 0xe3f2ea, 0x183326;
    LINK = "--link": 0x0a5c38, 0x5fd39a;
    FOCUS = "--focus": 0x1a5fd0, 0x8ab4ff;
    OK = "--ok": 0x0b6b42, 0x6fdca5;
    OK_SOFT = "--ok-soft": 0xe3f2ea, 0x163024;
    WARN = "--warn": 0x8a3a00, 0xffb870;
    WARN_SOFT = "--warn-soft": 0xfff1e0, 0x33240f;
    DANGER = "--danger": 0xb3261e, 0xff8a80;
    DANGER_SOFT = "--danger-soft": 0xfdecea, 0x3a1a18;
    ON_DANGER = "--on-danger": 0xffffff, 0x1b0503;
}

/// What a browser is asked, to learn whether it has `light-dark()`. One
/// without it shows the light scheme only.
pub const LIGHT_DARK_PROBE: &str = "light-dark(#000, #fff)";

/// A CSS colour that follows the page's colour scheme.
pub fn light_dark(light: impl Display, dark: impl Display) -> String {
    format!("light-dark({light}, {dark})")
}

/// `0xrrggbb` as CSS writes it.
pub fn css_hex(color: u32) -> String {
    format!("#{color:06x}")
}

/// The palette as the stylesheet's custom properties: each one following
/// the colour scheme, and the light ones alone where `light-dark()` is missing.
pub fn stylesheet() -> String {
    let declarations = |value: &dyn Fn(&Color) -> String| -> String {
        PALETTE.iter().map(|color| format!("{}: {};", color.property, value(color))).collect()
    };
    let both = declarations(&|color| light_dark(css_hex(color.light), css_hex(color.dark)));
    let light = declarations(&|color| css_hex(color.light));
    format!(
        ":root {{ color-scheme: light dark; {both} }}\n\
         @supports not (color: {LIGHT_DARK_PROBE}) {{ :root {{ color-scheme: light; {light} }} }}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_each_colour_for_both_schemes_and_the_light_one_alone() {
        let css = stylesheet();
        assert!(css.starts_with(":root { color-scheme: light dark; --bg: light-dark(#f6f7f5, #121614);"));
        assert!(css.contains("--on-danger: light-dark(#ffffff, #1b0503); }"));
        assert!(css.contains(
            "@supports not (color: light-dark(#000, #fff)) { :root { color-scheme: light; --bg: #f6f7f5;"
        ));
        assert_eq!(css.matches("--accent-soft:").count(), 2);
    }
}
