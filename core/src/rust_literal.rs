//! A guide written as a Rust expression, for the page to compile in as a
//! `static` (the crate's build.rs): the page then carries its words as
//! plain data, with no code to read them at start. A serde serializer, so
//! it follows the model as the model changes; it knows the few shapes the
//! model uses (structs, `Text`, `List`, options, unit and newtype variants,
//! newtypes, booleans) and refuses any other.

use std::cell::RefCell;
use std::fmt::{self, Display, Write};

use serde::ser::{self, Impossible, Serialize};

use crate::text::quoted;

/// `value` as a Rust block expression of its type, naming types as the
/// guide module does (the includer brings them into scope). Each list is
/// a `static` array of its own inside the block: a reference to a
/// temporary array would be dropped, and a `static` may not drop.
pub fn to_rust<T: Serialize>(value: &T) -> Result<String, Error> {
    let arrays = RefCell::new(Vec::new());
    let value = value.serialize(Literal { arrays: &arrays })?;
    let mut block = String::from("{\n");
    for array in arrays.into_inner() {
        let _ = writeln!(block, "    {array}");
    }
    let _ = write!(block, "    {value}\n}}");
    Ok(block)
}

#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(message: T) -> Error {
        Error(message.to_string())
    }
}

fn unsupported(what: &str) -> Error {
    Error(format!("a guide has no {what}s to write as Rust"))
}

/// Methods for the shapes a guide never has: each refuses.
macro_rules! refuse {
    ($($method:ident($value:ty) $what:literal,)*) => {
        $(fn $method(self, _: $value) -> Result<String, Error> {
            Err(unsupported($what))
        })*
    };
}

#[derive(Clone, Copy)]
struct Literal<'a> {
    /// The `static` arrays written so far, as Rust items.
    arrays: &'a RefCell<Vec<String>>,
}

/// The pieces of a struct or list, joined once all are written.
struct Pieces<'a> {
    literal: Literal<'a>,
    kind: Kind,
    items: Vec<String>,
}

enum Kind {
    Struct(&'static str),
    List,
}

impl Pieces<'_> {
    fn finish(self) -> String {
        match self.kind {
            Kind::Struct(name) => format!("{name} {{ {} }}", self.items.join(", ")),
            // An empty array drops nothing, so it may stay inline.
            Kind::List if self.items.is_empty() => "List::from_static(&[])".into(),
            Kind::List => {
                let mut arrays = self.literal.arrays.borrow_mut();
                let name = format!("LIST_{}", arrays.len());
                // Every item of a list has one type; its literal starts with its name.
                let item_type: String =
                    self.items[0].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                arrays.push(format!(
                    "static {name}: [{item_type}; {}] = [{}];",
                    self.items.len(),
                    self.items.join(", ")
                ));
                format!("List::from_static(&{name})")
            }
        }
    }
}

impl<'a> ser::Serializer for Literal<'a> {
    type Ok = String;
    type Error = Error;
    type SerializeSeq = Pieces<'a>;
    type SerializeTuple = Impossible<String, Error>;
    type SerializeTupleStruct = Impossible<String, Error>;
    type SerializeTupleVariant = Impossible<String, Error>;
    type SerializeMap = Impossible<String, Error>;
    type SerializeStruct = Pieces<'a>;
    type SerializeStructVariant = Impossible<String, Error>;

    fn serialize_bool(self, value: bool) -> Result<String, Error> {
        Ok(value.to_string())
    }

    /// Every text of the guide is a `Text`.
    fn serialize_str(self, text: &str) -> Result<String, Error> {
        let literal = quoted(text, |c| format!("\\u{{{:x}}}", u32::from(c)));
        Ok(format!("Text::from_static({literal})"))
    }

    fn serialize_none(self) -> Result<String, Error> {
        Ok("None".into())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<String, Error> {
        Ok(format!("Some({})", value.serialize(self)?))
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, Error> {
        Ok(format!("{name}::{variant}"))
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        Ok(format!("{name}({})", value.serialize(self)?))
    }

    /// Every list of the guide is a `List`.
    fn serialize_seq(self, _: Option<usize>) -> Result<Pieces<'a>, Error> {
        Ok(Pieces { literal: self, kind: Kind::List, items: Vec::new() })
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Pieces<'a>, Error> {
        Ok(Pieces { literal: self, kind: Kind::Struct(name), items: Vec::new() })
    }

    refuse! {
        serialize_i8(i8) "number",
        serialize_i16(i16) "number",
        serialize_i32(i32) "number",
        serialize_i64(i64) "number",
        serialize_u8(u8) "number",
        serialize_u16(u16) "number",
        serialize_u32(u32) "number",
        serialize_u64(u64) "number",
        serialize_f32(f32) "number",
        serialize_f64(f64) "number",
        serialize_char(char) "char",
        serialize_bytes(&[u8]) "byte string",
        serialize_unit_struct(&'static str) "unit struct",
    }

    fn serialize_unit(self) -> Result<String, Error> {
        Err(unsupported("unit"))
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<String, Error> {
        Ok(format!("{name}::{variant}({})", value.serialize(self)?))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("tuple"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("tuple struct"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("tuple variant"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("map"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("struct variant"))
    }
}

impl ser::SerializeSeq for Pieces<'_> {
    type Ok = String;
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(value.serialize(self.literal)?);
        Ok(())
    }

    fn end(self) -> Result<String, Error> {
        Ok(self.finish())
    }
}

impl ser::SerializeStruct for Pieces<'_> {
    type Ok = String;
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.items.push(format!("{key}: {}", value.serialize(self.literal)?));
        Ok(())
    }

    fn end(self) -> Result<String, Error> {
        Ok(self.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::{Link, StepKey, Tool};
    use crate::screens::Item;
    use crate::text::{List, Text};
    use serde::Serialize;

    #[derive(Serialize)]
    struct Sample {
        key: StepKey,
        link: Option<Link>,
        tool: Option<Tool>,
        lines: List<Text>,
        flag: bool,
        items: List<Item>,
    }

    #[test]
    fn writes_the_shapes_a_guide_has() {
        let sample = Sample {
            key: StepKey::new("restart"),
            link: None,
            tool: Some(Tool::SpaceChecker),
            lines: List::from(vec![Text::from("“A” \\ \"b\""), Text::from("é")]),
            flag: true,
            items: List::from(vec![Item::Row(Text::from("general")), Item::Neutral]),
        };
        assert_eq!(
            to_rust(&sample).expect("written"),
            r#"{
    static LIST_0: [Text; 2] = [Text::from_static("\u{201c}A\u{201d} \\ \"b\""), Text::from_static("\u{e9}")];
    static LIST_1: [Item; 2] = [Item::Row(Text::from_static("general")), Item::Neutral];
    Sample { key: StepKey(Text::from_static("restart")), link: None, tool: Some(Tool::SpaceChecker), lines: List::from_static(&LIST_0), flag: true, items: List::from_static(&LIST_1) }
}"#
        );
    }

    #[test]
    fn refuses_what_a_guide_does_not_have() {
        assert!(to_rust(&5u8).is_err());
        assert!(to_rust(&std::collections::BTreeMap::from([("a", "b")])).is_err());
    }
}
