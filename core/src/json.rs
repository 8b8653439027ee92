//! Saved progress as a JSON tree. In the page, the browser's own parser
//! (`JSON.parse`) turns the saved text into this tree, which costs the wasm
//! nothing, where a JSON library would be an eighth of it. The core maps
//! progress to and from the tree, and writes the text itself: the saved
//! form is small and simple.

use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Json>),
    /// Entries in order; a repeated key counts once, with its last value,
    /// as `JSON.parse` reads it.
    Map(Vec<(String, Json)>),
}

impl Json {
    /// The value of `key`, if this is a map that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Map(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, value)| value),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Json::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The JSON text. Numbers are written as whole numbers (all the saved
    /// form has); any other number is written as null.
    pub fn to_text(&self) -> String {
        let mut text = String::new();
        self.write(&mut text);
        text
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => {
                let _ = write!(out, "{}", *n as i64);
            }
            Json::Number(_) => out.push_str("null"),
            Json::Text(text) => write_string(text, out),
            Json::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Map(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// What the page's `JSON.parse` does, done here by serde_json.
    pub(crate) fn parse(text: &str) -> Option<Json> {
        fn tree(value: &serde_json::Value) -> Json {
            match value {
                serde_json::Value::Null => Json::Null,
                serde_json::Value::Bool(b) => Json::Bool(*b),
                serde_json::Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
                serde_json::Value::String(s) => Json::Text(s.clone()),
                serde_json::Value::Array(items) => Json::List(items.iter().map(tree).collect()),
                serde_json::Value::Object(map) => {
                    Json::Map(map.iter().map(|(k, v)| (k.clone(), tree(v))).collect())
                }
            }
        }
        serde_json::from_str(text).ok().map(|value| tree(&value))
    }

    #[test]
    fn writes_json_that_reads_back_the_same() {
        // In key order, as serde_json gives them back.
        let tree = Json::Map(vec![
            ("empty".into(), Json::Map(vec![])),
            (
                "list".into(),
                Json::List(vec![Json::Null, Json::Bool(true), Json::Bool(false), Json::Number(-42.0)]),
            ),
            ("text".into(), Json::Text("a \"quoted\" back\\slash, a tab\t, a newline\n, « » and 😀".into())),
            ("version".into(), Json::Number(1.0)),
        ]);
        assert_eq!(parse(&tree.to_text()), Some(tree));
    }

    #[test]
    fn writes_only_whole_numbers() {
        assert_eq!(Json::Number(3.0).to_text(), "3");
        assert_eq!(Json::Number(0.5).to_text(), "null");
        assert_eq!(Json::Number(f64::NAN).to_text(), "null");
        assert_eq!(Json::Number(f64::INFINITY).to_text(), "null");
    }

    #[test]
    fn a_repeated_key_counts_with_its_last_value() {
        let tree = Json::Map(vec![("a".into(), Json::Number(1.0)), ("a".into(), Json::Number(2.0))]);
        assert_eq!(tree.get("a"), Some(&Json::Number(2.0)));
        assert_eq!(Json::Null.get("a"), None);
    }
}
