//! Where the page's words are chosen: the core's facts (sizes, what the
//! checker found, counts) put into the guide's language, from its content.

use crate::guide::{CheckerWords, FieldLabel, Numbers, PlaceWords, ProgressWords};
use crate::size::{round, Bytes, Rounding, SizeError, Unit};
use crate::space::{Field, FieldNote, FieldProblem, FieldReading, Place, RULE_FACTOR};

impl Numbers {
    /// A size as the language writes it, to three significant digits:
    /// "1.43 GB", "640 MB", "0 bytes", with a no-break space before the
    /// unit, so that a line never breaks between the number and its unit.
    pub fn size(&self, bytes: Bytes, rounding: Rounding) -> String {
        let rounded = round(bytes, rounding);
        let units = &self.units;
        let unit = match rounded.unit {
            Unit::Bytes if rounded.digits == 1 => &units.byte,
            Unit::Bytes => &units.bytes,
            Unit::KB => &units.kb,
            Unit::MB => &units.mb,
            Unit::GB => &units.gb,
            Unit::TB => &units.tb,
        };
        format!("{}\u{a0}{unit}", self.decimal(rounded.digits, rounded.decimals))
    }

    /// `digits / 10^decimals` with the language's decimal mark: 205, 2 → "2.05".
    pub fn decimal(&self, digits: u128, decimals: u32) -> String {
        let scale = 10u128.pow(decimals);
        match decimals {
            0 => digits.to_string(),
            _ => format!(
                "{}{}{:0width$}",
                digits / scale,
                self.decimal,
                digits % scale,
                width = decimals as usize
            ),
        }
    }

    /// WhatsApp's factor, 2.05, as the language writes it.
    pub fn rule_factor(&self) -> String {
        self.decimal(RULE_FACTOR.0, RULE_FACTOR.1)
    }

    /// "1", "1 and 2", "1, 2 and 3".
    pub fn list(&self, items: &[String]) -> String {
        match items.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                format!("{}{}{last}", rest.join(&self.list_separator), self.list_last_separator)
            }
            _ => items.concat(),
        }
    }
}

impl ProgressWords {
    /// "2 of 8 steps done", with the skipped ones when there are any.
    pub fn count(&self, done: usize, skipped: usize, total: usize) -> String {
        let template = if skipped == 0 { &self.count } else { &self.count_with_skipped };
        let (done, skipped, total) = (done.to_string(), skipped.to_string(), total.to_string());
        template.fill(&[("done", &done), ("total", &total), ("skipped", &skipped)])
    }
}

impl CheckerWords {
    pub fn field(&self, field: Field) -> &FieldLabel {
        let f = &self.fields;
        field.pick([&f.backup, &f.icloud_used, &f.icloud_total, &f.iphone_used, &f.iphone_capacity])
    }

    pub fn place(&self, place: Place) -> &PlaceWords {
        match place {
            Place::ICloud => &self.icloud,
            Place::IPhone => &self.iphone,
        }
    }

    /// What to show under a field: its problem, else its note, else nothing.
    pub fn message(&self, numbers: &Numbers, reading: &FieldReading) -> String {
        let messages = &self.messages;
        match (&reading.problem, &reading.note) {
            (Some(FieldProblem::Invalid(error)), _) => match error {
                SizeError::NotANumber => messages.not_a_number.to_string(),
                SizeError::Negative => messages.negative.to_string(),
                SizeError::UnknownUnit(unit) => messages.unknown_unit.fill(&[("unit", unit)]),
                SizeError::TooLarge => messages.too_large.to_string(),
            },
            (Some(FieldProblem::MoreThanTotal { total_field, total }), _) => {
                messages.more_than_total.fill(&[
                    ("total_label", &self.field(*total_field).label),
                    ("total", &numbers.size(*total, Rounding::Nearest)),
                ])
            }
            (None, Some(FieldNote::UnitAssumed(bytes))) => {
                messages.unit_assumed.fill(&[("size", &numbers.size(*bytes, Rounding::Nearest))])
            }
            (None, None) => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content_check::english;
    use crate::space::{assess, CheckerInputs};

    fn printed(bytes: u64, rounding: Rounding) -> String {
        english().numbers.size(Bytes(bytes), rounding)
    }

    #[test]
    fn prints_three_significant_digits_in_a_sensible_unit() {
        for (bytes, text) in [
            (1_430_000_000, "1.43\u{a0}GB"),
            (1_050_000_000, "1.05\u{a0}GB"),
            (640_000_000, "640\u{a0}MB"),
            (1_900_000_000, "1.9\u{a0}GB"),
            (2_000_000_000, "2\u{a0}GB"),
            (46_900_000_000, "46.9\u{a0}GB"),
            (123_456_000_000, "123\u{a0}GB"),
            (12_500_000_000_000, "12.5\u{a0}TB"),
            (512_000, "512\u{a0}KB"),
            (999, "999\u{a0}bytes"),
            (1, "1\u{a0}byte"),
            (0, "0\u{a0}bytes"),
            (999_600_000, "1\u{a0}GB"),
        ] {
            assert_eq!(printed(bytes, Rounding::Nearest), text);
        }
    }

    #[test]
    fn rounding_up_never_prints_less_than_the_value() {
        for (bytes, text) in [
            (560_000_001, "561\u{a0}MB"),
            (2_460_000_000, "2.46\u{a0}GB"),
            (999_000_001, "1\u{a0}GB"),
            (1_001, "1.01\u{a0}KB"),
        ] {
            assert_eq!(printed(bytes, Rounding::Up), text);
        }
    }

    #[test]
    fn the_decimal_mark_and_the_units_come_from_the_language() {
        let mut numbers = english().numbers.clone();
        numbers.decimal = ",".into();
        numbers.units.gb = "Go".into();
        assert_eq!(numbers.size(Bytes(1_430_000_000), Rounding::Nearest), "1,43\u{a0}Go");
        assert_eq!(numbers.rule_factor(), "2,05");
        assert_eq!(english().numbers.rule_factor(), "2.05");
    }

    #[test]
    fn lists_and_counts() {
        let numbers = &english().numbers;
        let list = |items: &[&str]| numbers.list(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["1"]), "1");
        assert_eq!(list(&["1", "2"]), "1 and 2");
        assert_eq!(list(&["1", "2", "3"]), "1, 2 and 3");
        let progress = &english().progress;
        assert_eq!(progress.count(2, 0, 8), "2 of 8 steps done");
        assert_eq!(progress.count(2, 1, 8), "2 of 8 steps done, 1 skipped");
    }

    /// The message under `field` once `inputs` are typed.
    fn message(inputs: CheckerInputs, field: Field) -> String {
        let guide = english();
        guide.checker.message(&guide.numbers, assess(&inputs).field(field))
    }

    #[test]
    fn each_problem_and_note_has_its_words() {
        let backup =
            |text: &str| message(CheckerInputs { backup: text.into(), ..Default::default() }, Field::Backup);
        assert_eq!(backup("lots"), "Type a number with its unit, for example 2.3 GB or 850 MB.");
        assert_eq!(backup("-3 GB"), "A size can't be negative.");
        assert_eq!(backup("5 PB"), "“PB” isn't a unit we know. Use KB, MB, GB or TB, as your iPhone shows.");
        assert_eq!(
            backup("101 TB"),
            "That is more than any iPhone or iCloud plan holds. Check the number and its unit."
        );
        assert_eq!(backup("4"), "Read as 4\u{a0}GB. Add MB if you meant megabytes.");
        assert_eq!(backup("4 GB"), "");
        let swapped = CheckerInputs {
            backup: "1 GB".into(),
            iphone_used: "70 GB".into(),
            iphone_capacity: "64 GB".into(),
            ..Default::default()
        };
        assert_eq!(
            message(swapped, Field::IPhoneUsed),
            "This is more than the iPhone capacity (64\u{a0}GB). iOS shows “used of total”: check both numbers."
        );
    }
}
