//! A text with placeholders, as the content file writes it: `{done} of
//! {total} steps done`, or `leave videos out ({step:no-videos})`. The page
//! fills each `{name}` with something it works out, and turns each
//! `{step:KEY}` into a link to that step.
//!
//! Which placeholders a text has is declared once, by the type that fills
//! it ([`slots`]): a template's type names it, the content check reads its
//! names when the page is built, and a fill is given a struct with a field
//! for each, so leaving a value out does not compile.

use std::marker::PhantomData;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::Text;

/// The values a template's placeholders are filled with.
pub trait Slots {
    /// Each placeholder, as the content file writes it between braces.
    const NAMES: &'static [&'static str];

    /// The value for `name`, one of [`Slots::NAMES`].
    fn value(&self, name: &str) -> Option<&str>;
}

/// For a text without placeholders.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NoSlots;

impl Slots for NoSlots {
    const NAMES: &'static [&'static str] = &[];

    fn value(&self, _: &str) -> Option<&str> {
        None
    }
}

/// Declares each set of placeholders as a struct with one `&str` field per
/// placeholder, named as the content file names it.
macro_rules! slots {
    ($($(#[$doc:meta])* $name:ident { $($slot:ident),+ })+) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        pub struct $name<'a> {
            $(pub $slot: &'a str,)+
        }

        impl super::Slots for $name<'_> {
            const NAMES: &'static [&'static str] = &[$(stringify!($slot)),+];

            fn value(&self, name: &str) -> Option<&str> {
                match name {
                    $(stringify!($slot) => Some(self.$slot),)+
                    _ => None,
                }
            }
        }
    )+};
}

/// The placeholders of the guide's texts. A guide's field names its set
/// with the `'static` lifetime; a fill gives the values for as long as it
/// needs them.
pub mod slots {
    slots! {
        /// A count: "{count} steps", "Fix it in {count} steps".
        Count { count }
        /// Where the printed page can be opened again.
        Address { address }
        /// "{done} of {total} steps done".
        DoneOfTotal { done, total }
        /// "{done} of {total} steps done, {skipped} skipped".
        DoneSkippedOfTotal { done, total, skipped }
        /// The step a link stands for: "{step} fixed it".
        Step { step }
        /// A step's number in the order shown: "Step {number}".
        Number { number }
        /// Where a tap path's older labels stand: " (on iOS 17 and earlier: {path})".
        Path { path }
        /// A row found by its section's heading: "{label} next to {heading}".
        LabelHeading { label, heading }
        /// WhatsApp's space rule: "{factor} times the backup".
        Factor { factor }
        /// "Enough space in {place}".
        Place { place }
        /// "{free} free, {needed} needed".
        FreeNeeded { free, needed }
        /// "Not enough space in {place}: {missing} missing".
        PlaceMissing { place, missing }
        /// "Free up {missing}".
        Missing { missing }
        /// A larger iCloud+ plan, and what it would leave free.
        PlanLeft { plan, left }
        /// The storage bar with room to spare.
        UsedTotalNeededLeft { used, total, needed, left }
        /// The storage bar without enough room.
        UsedTotalNeededMissing { used, total, needed, missing }
        /// A unit the checker does not know, as typed.
        Unit { unit }
        /// A size larger than the field's total.
        TotalLabelTotal { total_label, total }
        /// A size whose unit was assumed.
        Size { size }
        /// The steps tried, as a list.
        Steps { steps }
        /// What the user sees.
        Symptom { symptom }
        /// A link that could not be copied.
        Link { link }
        /// One step tried.
        Title { title }
        /// An upload speed assumed.
        Speed { speed }
        /// "{size} at {speed} takes about {time}".
        SizeSpeedTime { size, speed, time }
    }
}

/// A template filled with `P`'s values ([`slots`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template<P = NoSlots>(Text, PhantomData<P>);

/// A template's text and its placeholders, whatever fills it: for reading
/// its parts, and for the content check.
pub trait TemplateText {
    fn text(&self) -> &str;

    /// The placeholders it is filled with.
    fn names(&self) -> &'static [&'static str];

    /// The template's pieces in order, or what is wrong with its braces.
    fn parts(&self) -> Result<Vec<Part<'_>>, String> {
        parts_of(self.text())
    }

    /// The text before the template's one placeholder, the placeholder, and
    /// the text after it, for a text built around a link: "Your backup
    /// works again. {step} fixed it." None without exactly one placeholder.
    fn around_one(&self) -> Option<(&str, Part<'_>, &str)> {
        around_one(self.text())
    }
}

// The work is done once, on the text, not once for each type of template:
// in the wasm each generic copy would cost its bytes.

fn parts_of(text: &str) -> Result<Vec<Part<'_>>, String> {
    let mut parts = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['{', '}']) {
            None => {
                parts.push(Part::Text(rest));
                break;
            }
            Some(at) if rest[at..].starts_with('}') => {
                return Err(format!("a `}}` with no `{{` before it, after {:?}", &rest[..at]));
            }
            Some(at) => {
                if at > 0 {
                    parts.push(Part::Text(&rest[..at]));
                }
                let close =
                    rest[at..].find('}').ok_or_else(|| format!("a `{{` is never closed: {rest:?}"))?;
                let inside = &rest[at + 1..at + close];
                let part = match inside.strip_prefix("step:") {
                    Some(key) => Part::StepLink(key),
                    None => Part::Slot(inside),
                };
                if inside.is_empty() || inside.contains(['{', ' ']) {
                    return Err(format!("{{{inside}}} is not a placeholder"));
                }
                parts.push(part);
                rest = &rest[at + close + 1..];
            }
        }
    }
    Ok(parts)
}

fn around_one(text: &str) -> Option<(&str, Part<'_>, &str)> {
    match parts_of(text).ok()?.as_slice() {
        [Part::Text(before), part @ (Part::Slot(_) | Part::StepLink(_)), Part::Text(after)] => {
            Some((before, *part, after))
        }
        [Part::Text(before), part @ (Part::Slot(_) | Part::StepLink(_))] => Some((before, *part, "")),
        [part @ (Part::Slot(_) | Part::StepLink(_)), Part::Text(after)] => Some(("", *part, after)),
        [part @ (Part::Slot(_) | Part::StepLink(_))] => Some(("", *part, "")),
        _ => None,
    }
}

impl<P: Slots> TemplateText for Template<P> {
    fn text(&self) -> &str {
        self.as_str()
    }

    fn names(&self) -> &'static [&'static str] {
        P::NAMES
    }
}

/// Named as the constructor the page's Rust calls: crate::rust_literal
/// writes a newtype as its name applied to its value.
impl<P> Serialize for Template<P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_newtype_struct("Template::from_text", &self.0)
    }
}

impl<'de, P> Deserialize<'de> for Template<P> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Template<P>, D::Error> {
        Text::deserialize(deserializer).map(Template::from_text)
    }
}

/// A piece of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    /// `{name}`: filled by the page.
    Slot(&'a str),
    /// `{step:KEY}`: a link to the step with that key.
    StepLink(&'a str),
}

impl<P> Template<P> {
    pub fn new(text: &str) -> Template<P> {
        Template::from_text(Text::from(text))
    }

    pub const fn from_text(text: Text) -> Template<P> {
        Template(text, PhantomData)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<P: Slots> Template<P> {
    /// The text with each placeholder's value, for a template without
    /// links.
    pub fn fill(&self, values: P) -> String {
        fill(self.as_str(), &|name| values.value(name))
    }
}

fn fill<'v>(template: &str, value: &dyn Fn(&str) -> Option<&'v str>) -> String {
    let mut text = String::with_capacity(template.len());
    // The content was checked when the page was built: a broken template
    // reads as its text, and a placeholder its type does not fill as it is
    // written, never as nothing.
    for part in parts_of(template).unwrap_or_else(|_| vec![Part::Text(template)]) {
        match part {
            Part::Text(piece) => text.push_str(piece),
            Part::Slot(name) => match value(name) {
                Some(filled) => text.push_str(filled),
                None => text.extend(["{", name, "}"]),
            },
            Part::StepLink(key) => text.push_str(key),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Template {
        Template::new(text)
    }

    #[test]
    fn splits_into_text_slots_and_links() {
        let template = plain("Or leave videos out ({step:no-videos}), {who}.");
        assert_eq!(
            template.parts(),
            Ok(vec![
                Part::Text("Or leave videos out ("),
                Part::StepLink("no-videos"),
                Part::Text("), "),
                Part::Slot("who"),
                Part::Text("."),
            ])
        );
        assert_eq!(plain("{a}{b}").parts(), Ok(vec![Part::Slot("a"), Part::Slot("b")]));
        assert_eq!(plain("").parts(), Ok(vec![]));
    }

    #[test]
    fn a_text_around_one_placeholder_splits_there() {
        let template = plain("Your backup works again. {step} fixed it.");
        assert_eq!(
            template.around_one(),
            Some(("Your backup works again. ", Part::Slot("step"), " fixed it."))
        );
        assert_eq!(plain("({step:update})").around_one(), Some(("(", Part::StepLink("update"), ")")));
        assert_eq!(plain("{step}").around_one(), Some(("", Part::Slot("step"), "")));
        assert_eq!(plain("{a} and {b}").around_one(), None);
        assert_eq!(plain("no placeholder").around_one(), None);
    }

    #[test]
    fn broken_braces_are_refused() {
        for text in ["a { b", "a } b", "{}", "{a {b}}", "{two words}"] {
            assert!(plain(text).parts().is_err(), "{text}");
        }
    }

    #[test]
    fn fills_each_placeholder_with_its_value() {
        let template: Template<slots::DoneOfTotal> = Template::new("{done} of {total} steps done");
        assert_eq!(template.fill(slots::DoneOfTotal { done: "2", total: "8" }), "2 of 8 steps done");
        assert_eq!(slots::DoneOfTotal::NAMES, ["done", "total"]);
        assert_eq!(template.names(), ["done", "total"]);
    }

    #[test]
    fn a_placeholder_its_type_does_not_fill_shows_as_written() {
        let template: Template<slots::Count> = Template::new("{count} of {total} {");
        assert_eq!(template.fill(slots::Count { count: "2" }), "{count} of {total} {");
        let template: Template<slots::Count> = Template::new("{count} of {total}");
        assert_eq!(template.fill(slots::Count { count: "2" }), "2 of {total}");
        assert_eq!(plain("({step:update})").fill(NoSlots), "(update)");
    }
}
