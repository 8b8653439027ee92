//! Links into the guide: to the plan for a symptom, `?symptom=slow`, and to
//! a step: `#step-restart`, or `#step-5` from before steps had keys. The
//! browser scrolls to the step as the page loads, before the cards above
//! it have their sizes; the page scrolls there again once they have, once
//! an embedding page has fitted its frame to the guide, and for old links.

use helper_core::guide::{StepKey, SymptomKey, NUMBERED_LINKS};
use helper_core::plan::{query_with_symptom, SYMPTOM_PARAMETER};
use wasm_bindgen::JsValue;
use web_sys::Location;

/// The symptom a link chose, as the link wrote it.
pub fn linked_symptom() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(SYMPTOM_PARAMETER)
}

/// Keeps the page's address naming the symptom chosen, or none. The rest
/// of the address stays as it was written.
pub fn show_symptom(symptom: Option<&SymptomKey>) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let Ok(search) = location.search() else { return };
    let query = query_with_symptom(&search, symptom);
    if query == search {
        return;
    }
    let (path, hash) = (location.pathname().unwrap_or_default(), location.hash().unwrap_or_default());
    if let Ok(history) = window.history() {
        // A frame with an opaque origin (srcdoc, sandboxed) may refuse.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
    }
}

/// The address that opens the guide with the plan for `symptom`, at the plan.
pub fn link_to_plan(symptom: &SymptomKey) -> Option<String> {
    let location = web_sys::window()?.location();
    let query = query_with_symptom(&location.search().ok()?, Some(symptom));
    Some(format!("{}{query}#plan", page_address(&location)?))
}

/// `href`, another page of the guide, with this page's query and fragment,
/// so the user lands where they are: the same plan, step and embedding.
pub fn keeping_place(href: &str) -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else { return href.to_owned() };
    format!("{href}{}{}", location.search().unwrap_or_default(), location.hash().unwrap_or_default())
}

/// The page's address without its query and fragment.
fn page_address(location: &Location) -> Option<String> {
    let href = location.href().ok()?;
    href.split(['?', '#']).next().map(str::to_owned)
}

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
