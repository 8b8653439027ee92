//! A host's accent colour from the URL (`?accent=%230a7cff`), made readable
//! by the core and set as CSS custom properties. A value that is not a plain
//! hex colour is ignored: nothing from the URL reaches CSS or HTML as text.

use helper_core::accent::{AccentColors, AccentPalette, Rgb};
use helper_core::palette::{self, light_dark, LIGHT_DARK_PROBE};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, UrlSearchParams};

pub fn apply_from_url() {
    let Some(window) = web_sys::window() else { return };
    let Ok(query) = window.location().search() else { return };
    let Some(accent) = UrlSearchParams::new_with_str(&query)
        .ok()
        .and_then(|params| params.get("accent"))
        .and_then(|text| Rgb::parse_hex(&text))
    else {
        return;
    };
    let Some(root) = window
        .document()
        .and_then(|document| document.document_element())
        .and_then(|root| root.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let adjusted = AccentPalette::from_accent(accent);
    // Browsers without light-dark() show the light scheme only, so they
    // get the light colours.
    let both = web_sys::css::supports_with_value("color", LIGHT_DARK_PROBE).unwrap_or(false);
    let value = |pick: fn(&AccentColors) -> Rgb| {
        if both {
            light_dark(pick(&adjusted.light), pick(&adjusted.dark))
        } else {
            pick(&adjusted.light).to_string()
        }
    };
    let style = root.style();
    let accent = value(|c| c.accent);
    for color in [palette::ACCENT, palette::LINK] {
        let _ = style.set_property(color.property, &accent);
    }
    let _ = style.set_property(palette::ACCENT_TEXT.property, &value(|c| c.on_accent));
    let _ = style.set_property(palette::ACCENT_SOFT.property, &value(|c| c.soft));
}
