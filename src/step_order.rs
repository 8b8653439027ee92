//! Puts the step cards, and their entries in the summary, in the order
//! shown. The page renders both once, in the guide's order, and a
//! symptom's plan then moves the same elements: no card is ever rebuilt.
//! (A keyed list that could rebuild them, Leptos's `For`, brought the code
//! to build every card in the browser: 34 KB of wasm, 11 KB brotli.)

use helper_core::plan::Order;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::element_id;

/// The attribute naming the step that a card or an entry is for.
pub const STEP_ATTRIBUTE: &str = "data-step";

/// The lists that follow the order, by id.
const LISTS: [&str; 2] = [element_id::STEPS, element_id::STEP_LIST];

/// Moves what is out of order; says whether anything moved.
pub fn arrange(order: &Order) -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return false };
    // Moving an element takes the focus out of it (another tab may change
    // the order while the user is in a card): it goes back.
    let focused = document.active_element();
    let mut moved = false;
    for list in LISTS.iter().filter_map(|id| document.get_element_by_id(id)) {
        moved |= arrange_list(&list, order);
    }
    if moved {
        if let Some(focused) = focused.and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
            let _ = focused.focus();
        }
    }
    moved
}

fn arrange_list(list: &Element, order: &Order) -> bool {
    let children = list.children();
    let items: Vec<Element> = (0..children.length())
        .filter_map(|index| children.item(index))
        .filter(|child| child.has_attribute(STEP_ATTRIBUTE))
        .collect();
    let key_of = |item: &Element| item.get_attribute(STEP_ATTRIBUTE).unwrap_or_default();
    let shown: Vec<String> = items.iter().map(key_of).collect();
    if shown.iter().map(String::as_str).eq(order.keys().iter().map(|key| key.as_str())) {
        return false;
    }
    // Appending an element that is already there moves it to the end, so
    // appending each in the new order leaves them in that order.
    for key in order.keys() {
        if let Some(item) = items.iter().find(|item| key_of(item) == key.as_str()) {
            let _ = list.append_child(item.unchecked_ref());
        }
    }
    true
}
