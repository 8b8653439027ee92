//! Saved progress as text, read and written with the browser's own JSON
//! parser and writer (`JSON.parse`, `JSON.stringify`) and serde through
//! serde-wasm-bindgen, so the wasm carries no JSON library.

use helper_core::guide::Guide;
use helper_core::progress::{Progress, Recovery, MAX_SAVED_LEN};
use js_sys::{Array, JSON};
use serde::Serialize;
use serde_wasm_bindgen::{Deserializer, Serializer};

/// Reads saved progress, keeping whatever makes sense for `guide`. Text
/// too long to be ours is not parsed at all.
pub fn read(text: &str, guide: &Guide) -> (Progress, Recovery) {
    let value = (text.len() <= MAX_SAVED_LEN)
        .then(|| JSON::parse(text).ok())
        .flatten()
        // serde-wasm-bindgen would read a list of [key, value] pairs as a map.
        .filter(|value| !Array::is_array(value));
    Progress::from_saved(value.map(Deserializer::from), guide)
}

/// The saved form as JSON text; None only if the browser refused to write it.
pub fn write(progress: &Progress) -> Option<String> {
    // Plain objects for maps, as JSON has them, not JavaScript Maps.
    let value = progress.saved_form().serialize(&Serializer::json_compatible()).ok()?;
    JSON::stringify(&value).ok()?.as_string()
}
