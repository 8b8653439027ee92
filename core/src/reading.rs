//! Sizes and speeds as the people of each language type them, put into the
//! one form the parsers read ([`crate::size::parse_size`],
//! [`crate::upload::parse_speed`]): Arabic-Indic digits become ASCII, a
//! space between groups of thousands goes, a decimal comma is told from a
//! thousands separator by the language's own mark, and the language's unit
//! names ("Go", "غ.ب") become the units every language reads.

use crate::guide::Numbers;
use crate::text::{List, Text};

impl Numbers {
    /// `typed` in the parsers' form; what cannot be read stays as typed,
    /// so a message can quote it.
    pub fn normalized(&self, typed: &str) -> String {
        let text = without_group_spaces(&with_ascii_digits(typed));
        let (sign, number, unit) = split_number(&text);
        let number = if self.decimal.as_str() == "," { comma_decimal(number) } else { number.to_owned() };
        let unit = self.unit_named(unit).unwrap_or(unit);
        match (number.is_empty(), unit.is_empty()) {
            (false, false) => format!("{sign}{number} {unit}"),
            _ => format!("{sign}{number}{unit}"),
        }
    }

    /// The unit every language reads for one of this language's names or
    /// aliases, compared without ASCII case.
    fn unit_named(&self, typed: &str) -> Option<&'static str> {
        if typed.is_empty() {
            return None;
        }
        // ASCII case only: Unicode's case tables would cost the wasm more
        // than every unit name is worth, and the scripts beyond ASCII that
        // these names use have no case (Arabic) or are typed as shown.
        let same = |name: &Text| name.eq_ignore_ascii_case(typed);
        UNITS
            .into_iter()
            .zip(self.unit_names())
            .find_map(|(unit, names)| names.into_iter().any(same).then_some(unit))
    }

    /// This language's names for each of [`UNITS`], in that order: its
    /// names for showing it, then the other ways it is written.
    pub fn unit_names(&self) -> [Vec<&Text>; 7] {
        let (names, aliases) = (&self.units, &self.aliases);
        fn with<'a>(shown: &[&'a Text], others: &'a List<Text>) -> Vec<&'a Text> {
            shown.iter().copied().chain(others.iter()).collect()
        }
        [
            with(&[&names.byte, &names.bytes], &aliases.bytes),
            with(&[&names.kb], &aliases.kb),
            with(&[&names.mb], &aliases.mb),
            with(&[&names.gb], &aliases.gb),
            with(&[&names.tb], &aliases.tb),
            with(&[&names.kbit_s], &aliases.kbit_s),
            with(&[&names.mbit_s], &aliases.mbit_s),
        ]
    }

    /// The lists of other spellings of each of [`UNITS`], in that order.
    pub fn aliases_mut(&mut self) -> [&mut List<Text>; 7] {
        let aliases = &mut self.aliases;
        [
            &mut aliases.bytes,
            &mut aliases.kb,
            &mut aliases.mb,
            &mut aliases.gb,
            &mut aliases.tb,
            &mut aliases.kbit_s,
            &mut aliases.mbit_s,
        ]
    }
}

/// The units every language reads, as the parsers name them.
pub const UNITS: [&str; 7] = ["bytes", "KB", "MB", "GB", "TB", "kbit/s", "Mbit/s"];

/// The unit as typed after the number, shortened as the parsers shorten
/// it: what a message about an unknown unit quotes.
pub fn unit_as_typed(typed: &str) -> String {
    let text = without_group_spaces(&with_ascii_digits(typed));
    crate::size::shorten(split_number(&text).2)
}

/// A text's sign, number (digits and marks) and the unit after it, each
/// without the spaces around it.
fn split_number(text: &str) -> (&str, &str, &str) {
    let trimmed = text.trim_matches(is_space);
    let sign_len = trimmed.chars().next().filter(|c| matches!(c, '-' | '−' | '+')).map_or(0, char::len_utf8);
    let (sign, rest) = trimmed.split_at(sign_len);
    let rest = rest.trim_start_matches(is_space);
    let number_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
    let (number, unit) = rest.split_at(number_len);
    (sign, number, unit.trim_matches(is_space))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

/// Arabic-Indic (U+0660…) and extended Arabic-Indic (U+06F0…) digits as
/// ASCII, and the Arabic decimal and thousands marks as `.` and `,`.
fn with_ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            '\u{66b}' => '.',
            '\u{66c}' => ',',
            c => c,
        })
        .collect()
}

/// "1 234,5" as "1234,5": a space (of any width) between a digit and a
/// group of exactly three digits separates thousands. "2 3" stays, so the
/// parser can say that a second number stands where the unit should be.
fn without_group_spaces(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |at: usize| chars.get(at).is_some_and(char::is_ascii_digit);
    (0..chars.len())
        .filter(|&at| {
            let group = at > 0 && digit(at - 1) && (1..=3).all(|n| digit(at + n)) && !digit(at + 4);
            !(is_space(chars[at]) && group)
        })
        .map(|at| chars[at])
        .collect()
}

/// Where the language writes 2,5, a lone comma is always its decimal mark
/// ("1,024" is 1.024), and dots between groups of three separate thousands
/// ("1.234" is 1234, "0.500" is not); a lone dot before other digits stays a decimal point,
/// as a phone's keyboard may offer only that.
fn comma_decimal(number: &str) -> String {
    let (dots, commas) = (number.matches('.').count(), number.matches(',').count());
    let mut groups = number.split('.');
    let first = groups.next().unwrap_or("");
    let grouped =
        dots > 0 && first != "0" && (1..=3).contains(&first.len()) && groups.all(|group| group.len() == 3);
    match (dots, commas) {
        (0, 1) => number.replace(',', "."),
        (_, 0) if grouped => number.replace('.', ""),
        _ => number.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::content_check::english;
    use crate::guide::Numbers;
    use crate::size::parse_size;
    use crate::upload::parse_speed;

    fn french() -> Numbers {
        let mut numbers = english().numbers.clone();
        numbers.decimal = ",".into();
        numbers.units.gb = "Go".into();
        numbers.units.mb = "Mo".into();
        numbers.units.bytes = "octets".into();
        numbers.aliases.gb = vec!["gigaoctets".into()].into();
        numbers
    }

    fn arabic() -> Numbers {
        let mut numbers = english().numbers.clone();
        numbers.decimal = "٫".into();
        numbers.digits = Some("٠١٢٣٤٥٦٧٨٩".into());
        numbers.units.gb = "غ.ب".into();
        numbers.units.mb = "م.ب".into();
        numbers.units.mbit_s = "ميغابت/ث".into();
        numbers.aliases.gb = vec!["غيغابايت".into(), "جيجابايت".into()].into();
        numbers
    }

    fn bytes(numbers: &Numbers, typed: &str) -> u64 {
        match parse_size(&numbers.normalized(typed)) {
            Ok(Some(size)) => size.bytes.0,
            other => panic!("{typed:?} read as {:?}: {other:?}", numbers.normalized(typed)),
        }
    }

    #[test]
    fn a_decimal_comma_language_reads_its_own_numbers() {
        let fr = french();
        assert_eq!(bytes(&fr, "1,024 Go"), 1_024_000_000, "a lone comma is the decimal mark");
        assert_eq!(bytes(&fr, "1.234 Mo"), 1_234_000_000, "dots group thousands");
        assert_eq!(bytes(&fr, "1\u{202f}234,5 Mo"), 1_234_500_000);
        assert_eq!(bytes(&fr, "1 234,5 Mo"), 1_234_500_000);
        assert_eq!(bytes(&fr, "2.5 Go"), 2_500_000_000, "a phone keyboard's dot still reads");
        assert_eq!(bytes(&fr, "0.500 Go"), 500_000_000, "no thousands start with 0");
        assert_eq!(bytes(&fr, "3 GIGAOCTETS"), 3_000_000_000);
        assert_eq!(bytes(&fr, "3 gigaoctets"), 3_000_000_000);
        assert_eq!(bytes(&fr, "700 octets"), 700);
        assert_eq!(bytes(&fr, "12 GB"), 12_000_000_000, "the units every language reads");
        assert_eq!(bytes(&english().numbers, "1,024 MB"), 1_024_000_000, "in English a thousands group");
    }

    #[test]
    fn arabic_digits_marks_and_units_read_in_any_language() {
        let ar = arabic();
        assert_eq!(bytes(&ar, "٣٫١ غ.ب"), 3_100_000_000);
        assert_eq!(bytes(&ar, "٢٬٥٠٠ م.ب"), 2_500_000_000);
        assert_eq!(bytes(&ar, "۱۲ جيجابايت"), 12_000_000_000, "extended digits, an alias");
        assert_eq!(bytes(&ar, "4.5 GB"), 4_500_000_000);
        assert_eq!(bytes(&english().numbers, "٣٫١ GB"), 3_100_000_000);
        let speed = parse_speed(&ar.normalized("١٠ ميغابت/ث")).expect("a speed").expect("typed");
        assert_eq!(speed.0, 10_000_000);
    }

    #[test]
    fn a_message_quotes_the_unit_as_typed() {
        assert_eq!(super::unit_as_typed("10 Mo"), "Mo");
        assert_eq!(super::unit_as_typed(" −2 ١ gigs please thanks "), "1 gigs pleas…");
        assert_eq!(super::unit_as_typed("12"), "");
    }

    #[test]
    fn what_cannot_be_read_stays_as_typed() {
        let fr = french();
        assert_eq!(fr.normalized("  "), "");
        assert_eq!(fr.normalized("2 3"), "2 3", "a second number, not a group");
        assert_eq!(fr.normalized("5 Po"), "5 Po");
        assert_eq!(fr.normalized("−2 Go"), "−2 GB");
        assert_eq!(fr.normalized("<script>"), "<script>");
    }
}
