//! Saved progress as text: read with the browser's own JSON parser, so the
//! wasm carries no JSON library, and turned into the core's tree.

use helper_core::json::Json;
use helper_core::progress::{Progress, Recovery, MAX_SAVED_LEN};
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// Deeper than any saved progress; stops a hostile value from recursing on.
const MAX_DEPTH: usize = 8;

/// Reads saved progress, keeping whatever makes sense. Text too long to be
/// ours is not parsed at all.
pub fn read(text: &str) -> (Progress, Recovery) {
    let tree =
        (text.len() <= MAX_SAVED_LEN).then(|| JSON::parse(text).ok()).flatten().map(|value| tree(&value, 0));
    Progress::from_saved(tree.as_ref())
}

fn tree(value: &JsValue, depth: usize) -> Json {
    if depth > MAX_DEPTH || value.is_null() || value.is_undefined() {
        Json::Null
    } else if let Some(flag) = value.as_bool() {
        Json::Bool(flag)
    } else if let Some(number) = value.as_f64() {
        Json::Number(number)
    } else if let Some(text) = value.as_string() {
        Json::Text(text)
    } else if let Some(list) = value.dyn_ref::<Array>() {
        Json::List(list.iter().map(|item| tree(&item, depth + 1)).collect())
    } else if let Some(object) = value.dyn_ref::<Object>() {
        let keys = Object::keys(object);
        let entries = keys.iter().filter_map(|key| {
            let value = Reflect::get(object, &key).ok()?;
            Some((key.as_string()?, tree(&value, depth + 1)))
        });
        Json::Map(entries.collect())
    } else {
        Json::Null
    }
}
