//! Deep links to a step: `#step-restart`, or `#step-5` from before steps
//! had keys. The browser scrolls to the target as the page loads; when a
//! saved copy's guide is replaced after that, an embedding page has just
//! fitted its frame to the guide, or the link is an old one, the page
//! scrolls there itself.

use helper_core::guide::{StepKey, NUMBERED_LINKS};
use wasm_bindgen::JsValue;

pub fn scroll_to_linked_step() {
    let Some(window) = web_sys::window() else { return };
    let Ok(hash) = window.location().hash() else { return };
    if let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) {
        scroll_to(id);
    }
}

/// An old link, `#step-N`, becomes the link to that step by key, and the
/// step comes into view. (Its anchor in the page, just above the step,
/// is for pages read without scripts: the browser scrolls to it before
/// the cards above it are laid out, so it can land short.)
pub fn follow_old_link() {
    let Some(window) = web_sys::window() else { return };
    let Ok(hash) = window.location().hash() else { return };
    let Some(number) = hash.strip_prefix("#step-") else { return };
    let Some(key) = (1..).zip(NUMBERED_LINKS).find_map(|(n, key)| (number == n.to_string()).then_some(key))
    else {
        return;
    };
    let anchor = StepKey::new(key).anchor();
    if let Ok(history) = window.history() {
        // A frame with an opaque origin may refuse; the scroll still happens.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{anchor}")));
    }
    scroll_to(&anchor);
}

fn scroll_to(id: &str) {
    if let Some(target) =
        web_sys::window().and_then(|window| window.document()).and_then(|d| d.get_element_by_id(id))
    {
        target.scroll_into_view();
    }
}
