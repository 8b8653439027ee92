//! A text with placeholders, as the content file writes it: `{done} of
//! {total} steps done`, or `leave videos out ({step:no-videos})`. The page
//! fills each `{name}` with something it works out, and turns each
//! `{step:KEY}` into a link to that step.

use serde::{Deserialize, Serialize};

use crate::text::Text;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Template(pub Text);

/// A piece of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    /// `{name}`: filled by the page.
    Slot(&'a str),
    /// `{step:KEY}`: a link to the step with that key.
    StepLink(&'a str),
}

impl Template {
    pub fn new(text: &str) -> Template {
        Template(Text::from(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The template's pieces in order, or what is wrong with its braces.
    pub fn parts(&self) -> Result<Vec<Part<'_>>, String> {
        let mut parts = Vec::new();
        let mut rest = self.as_str();
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

    /// The text before the template's one placeholder, the placeholder, and
    /// the text after it, for a text built around a link: "Your backup
    /// works again. {step} fixed it." None without exactly one placeholder.
    pub fn around_one(&self) -> Option<(&str, Part<'_>, &str)> {
        match self.parts().ok()?.as_slice() {
            [Part::Text(before), part @ (Part::Slot(_) | Part::StepLink(_)), Part::Text(after)] => {
                Some((before, *part, after))
            }
            [Part::Text(before), part @ (Part::Slot(_) | Part::StepLink(_))] => Some((before, *part, "")),
            [part @ (Part::Slot(_) | Part::StepLink(_)), Part::Text(after)] => Some(("", *part, after)),
            [part @ (Part::Slot(_) | Part::StepLink(_))] => Some(("", *part, "")),
            _ => None,
        }
    }

    /// The text with each slot's value from `values`, for a template
    /// without links. A slot with no value is left out.
    pub fn fill(&self, values: &[(&str, &str)]) -> String {
        let mut text = String::with_capacity(self.0.len());
        // The content was checked when the page was built; a broken
        // template reads as its text.
        for part in self.parts().unwrap_or_else(|_| vec![Part::Text(self.as_str())]) {
            match part {
                Part::Text(piece) => text.push_str(piece),
                Part::Slot(name) => text
                    .push_str(values.iter().find(|(slot, _)| *slot == name).map_or("", |(_, value)| value)),
                Part::StepLink(key) => text.push_str(key),
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_into_text_slots_and_links() {
        let template = Template::new("Or leave videos out ({step:no-videos}), {who}.");
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
        assert_eq!(Template::new("{a}{b}").parts(), Ok(vec![Part::Slot("a"), Part::Slot("b")]));
        assert_eq!(Template::new("").parts(), Ok(vec![]));
    }

    #[test]
    fn a_text_around_one_placeholder_splits_there() {
        let template = Template::new("Your backup works again. {step} fixed it.");
        assert_eq!(
            template.around_one(),
            Some(("Your backup works again. ", Part::Slot("step"), " fixed it."))
        );
        assert_eq!(Template::new("({step:update})").around_one(), Some(("(", Part::StepLink("update"), ")")));
        assert_eq!(Template::new("{step}").around_one(), Some(("", Part::Slot("step"), "")));
        assert_eq!(Template::new("{a} and {b}").around_one(), None);
        assert_eq!(Template::new("no placeholder").around_one(), None);
    }

    #[test]
    fn broken_braces_are_refused() {
        for text in ["a { b", "a } b", "{}", "{a {b}}", "{two words}"] {
            assert!(Template::new(text).parts().is_err(), "{text}");
        }
    }

    #[test]
    fn fills_slots_with_their_values() {
        let template = Template::new("{done} of {total} steps done");
        assert_eq!(template.fill(&[("total", "8"), ("done", "2")]), "2 of 8 steps done");
        assert_eq!(template.fill(&[("done", "2")]), "2 of  steps done");
    }
}
