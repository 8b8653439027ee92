//! Deep links such as `#step-5`. The browser looks for the link's target as
//! the page loads, before the app has drawn its steps, so the page scrolls
//! there itself once they exist.

pub fn scroll_to_linked_step() {
    let Some(window) = web_sys::window() else { return };
    let Ok(hash) = window.location().hash() else { return };
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else { return };
    if let Some(target) = window.document().and_then(|document| document.get_element_by_id(id)) {
        target.scroll_into_view();
    }
}
