//! Deep links such as `#step-5`. The browser scrolls to the target as the
//! page loads; when a saved copy's guide is replaced after that, or an embedding
//! page has just fitted its frame to the guide, the page scrolls there
//! itself.

pub fn scroll_to_linked_step() {
    let Some(window) = web_sys::window() else { return };
    let Ok(hash) = window.location().hash() else { return };
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else { return };
    if let Some(target) = window.document().and_then(|document| document.get_element_by_id(id)) {
        target.scroll_into_view();
    }
}
