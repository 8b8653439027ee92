//! The languages the visitor's browser asks for, most preferred first.

/// `navigator.languages`, or `navigator.language` where the list is empty.
pub fn preferred() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else { return Vec::new() };
    let listed: Vec<String> = navigator.languages().iter().filter_map(|tag| tag.as_string()).collect();
    match listed.is_empty() {
        true => navigator.language().into_iter().collect(),
        false => listed,
    }
}
