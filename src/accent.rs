//! A host's accent colour from the URL (`?accent=%230a7cff`), made readable
//! by the core and set as CSS custom properties. A value that is not a plain
//! hex colour is ignored: nothing from the URL reaches CSS or HTML as text.

use helper_core::accent::{AccentColors, AccentPalette, Rgb};
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
    let palette = AccentPalette::from_accent(accent);
    // light-dark() follows the page's colour scheme; browsers without it
    // show the light scheme only (style/main.css), so get the light colours.
    let both = web_sys::css::supports_with_value("color", "light-dark(#000, #fff)").unwrap_or(false);
    let value = |pick: fn(&AccentColors) -> Rgb| {
        if both {
            format!("light-dark({}, {})", pick(&palette.light), pick(&palette.dark))
        } else {
            pick(&palette.light).to_string()
        }
    };
    let style = root.style();
    let accent = value(|c| c.accent);
    for property in ["--accent", "--link"] {
        let _ = style.set_property(property, &accent);
    }
    let _ = style.set_property("--accent-text", &value(|c| c.on_accent));
    let _ = style.set_property("--accent-soft", &value(|c| c.soft));
}
