//! Where the page's words are chosen: the core's facts (sizes, what the
//! checker found, counts) put into the guide's language, from its content.

use crate::guide::{
    CheckerWords, EstimateWords, FieldLabel, Numbers, PictureWords, PlaceWords, Plural, ProgressWords,
};
use crate::reading::unit_as_typed;
use crate::size::{round, Bytes, Rounding, SizeError, Unit};
use crate::space::{Field, FieldNote, FieldProblem, FieldReading, Place, Verdict, RULE_FACTOR};
use crate::template::slots;
use crate::upload::{parse_speed, Span, Speed, SpeedError, UploadAnswer};

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

    /// `digits / 10^decimals` with the language's decimal mark and digits:
    /// 205, 2 → "2.05" (or "2,05", "٢٫٠٥").
    pub fn decimal(&self, digits: u128, decimals: u32) -> String {
        let scale = 10u128.pow(decimals);
        let ascii = match decimals {
            0 => digits.to_string(),
            _ => format!("{}.{:0width$}", digits / scale, digits % scale, width = decimals as usize),
        };
        self.written(&ascii)
    }

    /// A whole number, in the language's digits: a count, a step's number.
    pub fn integer(&self, number: u64) -> String {
        self.written(&number.to_string())
    }

    /// `ascii` (digits and a `.`) in the language's digits and decimal mark.
    fn written(&self, ascii: &str) -> String {
        let digits: Option<Vec<char>> = self.digits.as_ref().map(|digits| digits.chars().collect());
        let mut text = String::with_capacity(ascii.len() * 2);
        for c in ascii.chars() {
            match (c, &digits) {
                ('.', _) => text.push_str(&self.decimal),
                ('0'..='9', Some(digits)) => {
                    text.push(digits.get(c as usize - '0' as usize).copied().unwrap_or(c))
                }
                _ => text.push(c),
            }
        }
        text
    }

    /// An upload speed: "10 Mbit/s", "8.5 Mbit/s", "750 kbit/s".
    pub fn speed(&self, speed: Speed) -> String {
        let (tenths, unit) = match speed.0 {
            bits if bits < 1_000_000 => ((bits + 500) / 1_000 * 10, &self.units.kbit_s),
            bits => ((bits + 50_000) / 100_000, &self.units.mbit_s),
        };
        let number = match tenths % 10 {
            0 => self.decimal(u128::from(tenths / 10), 0),
            _ => self.decimal(u128::from(tenths), 1),
        };
        format!("{number}\u{a0}{unit}")
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
    pub fn count(&self, numbers: &Numbers, done: usize, skipped: usize, total: usize) -> String {
        let number = |n: usize| numbers.integer(n as u64);
        let (done, total) = (&number(done), &number(total));
        match skipped {
            0 => self.count.fill(slots::DoneOfTotal { done, total }),
            _ => self.count_with_skipped.fill(slots::DoneSkippedOfTotal {
                done,
                total,
                skipped: &number(skipped),
            }),
        }
    }
}

impl PictureWords {
    /// What the storage bar shows, in words: for its text alternative.
    pub fn alt(&self, numbers: &Numbers, verdict: &Verdict) -> String {
        let size = |bytes, rounding| numbers.size(bytes, rounding);
        let total = Bytes(verdict.used.0.saturating_add(verdict.free.0));
        let (used, total, needed) = (
            &size(verdict.used, Rounding::Nearest),
            &size(total, Rounding::Nearest),
            &size(verdict.needed, Rounding::Up),
        );
        if verdict.is_enough() {
            let left = &size(verdict.free.saturating_sub(verdict.needed), Rounding::Nearest);
            self.enough.fill(slots::UsedTotalNeededLeft { used, total, needed, left })
        } else {
            let missing = &size(verdict.missing, Rounding::Up);
            self.short.fill(slots::UsedTotalNeededMissing { used, total, needed, missing })
        }
    }
}

impl Plural {
    /// "1 hour", "3 hours", in the form the language's rules give the count.
    pub fn count(&self, numbers: &Numbers, count: u64) -> String {
        let template = self.form(numbers.plurals.form(count));
        template.fill(slots::Count { count: &numbers.integer(count) })
    }
}

impl EstimateWords {
    pub fn span(&self, numbers: &Numbers, span: Span) -> String {
        match span {
            Span::UnderAMinute => self.under_a_minute.to_string(),
            Span::Minutes(count) => self.minutes.count(numbers, count),
            Span::Hours(count) => self.hours.count(numbers, count),
            Span::Days(count) => self.days.count(numbers, count),
        }
    }

    /// The estimate's sentences: how long, what that means, and the speed
    /// assumed if none was typed. Empty while there is nothing to say.
    pub fn answer(&self, numbers: &Numbers, answer: &UploadAnswer) -> [String; 3] {
        match *answer {
            UploadAnswer::NeedsBackup => [self.needs_backup.to_string(), String::new(), String::new()],
            UploadAnswer::CantRead => Default::default(),
            UploadAnswer::Estimate { size, speed, assumed, estimate } => {
                let speed = numbers.speed(speed);
                let takes = self.takes.fill(slots::SizeSpeedTime {
                    size: &numbers.size(size, Rounding::Nearest),
                    speed: &speed,
                    time: &self.span(numbers, estimate.span),
                });
                let meaning = if estimate.long { &self.long } else { &self.quick };
                let assumed =
                    if assumed { self.assumed.fill(slots::Speed { speed: &speed }) } else { String::new() };
                [takes, meaning.to_string(), assumed]
            }
        }
    }

    /// What is wrong with the speed as typed, read as the language reads
    /// it; empty when nothing is. An unknown unit is quoted as typed.
    pub fn speed_message(&self, numbers: &Numbers, typed: &str) -> String {
        match parse_speed(&numbers.normalized(typed)) {
            Ok(_) => String::new(),
            Err(SpeedError::UnknownUnit(_)) => self.message(&SpeedError::UnknownUnit(unit_as_typed(typed))),
            Err(error) => self.message(&error),
        }
    }

    pub fn message(&self, error: &SpeedError) -> String {
        match error {
            SpeedError::NotASpeed => self.not_a_speed.to_string(),
            SpeedError::UnknownUnit(unit) => self.unknown_unit.fill(slots::Unit { unit }),
            SpeedError::Zero => self.zero.to_string(),
            SpeedError::TooFast => self.too_fast.to_string(),
        }
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
                SizeError::UnknownUnit(unit) => messages.unknown_unit.fill(slots::Unit { unit }),
                SizeError::TooLarge => messages.too_large.to_string(),
            },
            (Some(FieldProblem::MoreThanTotal { total_field, total }), _) => {
                messages.more_than_total.fill(slots::TotalLabelTotal {
                    total_label: &self.field(*total_field).label,
                    total: &numbers.size(*total, Rounding::Nearest),
                })
            }
            (None, Some(FieldNote::UnitAssumed(bytes))) => {
                messages.unit_assumed.fill(slots::Size { size: &numbers.size(*bytes, Rounding::Nearest) })
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
        assert_eq!(progress.count(numbers, 2, 0, 8), "2 of 8 steps done");
        assert_eq!(progress.count(numbers, 2, 1, 8), "2 of 8 steps done, 1 skipped");
    }

    #[test]
    fn the_storage_bar_says_in_words_what_it_shows() {
        let guide = english();
        let picture = &guide.checker.picture;
        let gb = |tenths: u64| Bytes(tenths * 100_000_000);
        let fits = Verdict::check(Place::IPhone, gb(10), gb(200), gb(640));
        assert_eq!(
            picture.alt(&guide.numbers, &fits),
            "20\u{a0}GB of 64\u{a0}GB used. The backup needs 2.05\u{a0}GB, which leaves 42\u{a0}GB free."
        );
        let short = Verdict::check(Place::ICloud, gb(12), gb(31), gb(50));
        assert_eq!(
            picture.alt(&guide.numbers, &short),
            "3.1\u{a0}GB of 5\u{a0}GB used. The backup needs 2.46\u{a0}GB: 560\u{a0}MB more than is free."
        );
    }

    #[test]
    fn speeds_and_upload_times_in_words() {
        let guide = english();
        let numbers = &guide.numbers;
        let speed = |bits| numbers.speed(Speed(bits));
        assert_eq!(speed(10_000_000), "10\u{a0}Mbit/s");
        assert_eq!(speed(8_500_000), "8.5\u{a0}Mbit/s");
        assert_eq!(speed(1_000_000_000), "1000\u{a0}Mbit/s");
        assert_eq!(speed(750_000), "750\u{a0}kbit/s");
        let estimate = &guide.estimate;
        assert_eq!(estimate.span(numbers, Span::UnderAMinute), "less than a minute");
        assert_eq!(estimate.span(numbers, Span::Minutes(1)), "1 minute");
        assert_eq!(estimate.span(numbers, Span::Minutes(15)), "15 minutes");
        assert_eq!(estimate.span(numbers, Span::Hours(1)), "1 hour");
        assert_eq!(estimate.span(numbers, Span::Hours(2)), "2 hours");
        assert_eq!(estimate.span(numbers, Span::Days(9)), "9 days");
        assert_eq!(
            estimate.message(&SpeedError::UnknownUnit("GB".into())),
            "“GB” isn't a speed unit we know. Use Mbit/s (also written Mbps) or kbit/s."
        );
        for error in [SpeedError::NotASpeed, SpeedError::Zero, SpeedError::TooFast] {
            assert!(!estimate.message(&error).is_empty());
        }
        assert_eq!(estimate.speed_message(numbers, "10"), "");
        assert_eq!(estimate.speed_message(numbers, "0"), estimate.zero.as_str());
        let mut french = numbers.clone();
        french.units.mb = "Mo".into();
        let message = estimate.speed_message(&french, "10 Mo");
        assert!(message.starts_with("“Mo” isn't a speed unit"), "as typed, not as read: {message}");
    }

    #[test]
    fn the_estimate_says_how_long_and_what_that_means() {
        let guide = english();
        let say = |backup: &str, speed: &str| {
            guide.estimate.answer(&guide.numbers, &crate::upload::answer(backup, speed))
        };
        assert_eq!(
            say("9 GB", "10 Mbit/s"),
            [
                "Uploading 9\u{a0}GB at 10\u{a0}Mbit/s should take about 2 hours.".to_owned(),
                guide.estimate.long.to_string(),
                String::new(),
            ]
        );
        let [takes, meaning, assumed] = say("1.2 GB", "");
        assert_eq!(takes, "Uploading 1.2\u{a0}GB at 10\u{a0}Mbit/s should take about 15 minutes.");
        assert_eq!(meaning, guide.estimate.quick.as_str());
        assert!(assumed.starts_with("No speed typed, so this assumes 10\u{a0}Mbit/s."), "{assumed}");
        assert_eq!(say("", "")[0], guide.estimate.needs_backup.as_str());
        assert_eq!(say("x", ""), [String::new(), String::new(), String::new()]);
    }

    /// The message under `field` once `inputs` are typed.
    fn message(inputs: CheckerInputs, field: Field) -> String {
        let guide = english();
        guide.checker.message(&guide.numbers, assess(&inputs, &english().numbers).field(field))
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
