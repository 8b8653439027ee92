//! Sizes as iOS shows them. Since iOS 11, Settings and WhatsApp use decimal
//! units (1 GB = 1,000,000,000 bytes), so parsing and printing the same way
//! keeps our numbers identical to the ones on the user's screen.

use std::fmt;

/// A whole number of bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bytes(pub u64);

pub const KB: u64 = 1_000;
pub const MB: u64 = 1_000_000;
pub const GB: u64 = 1_000_000_000;
pub const TB: u64 = 1_000_000_000_000;

/// The largest size we accept. No iPhone or iCloud plan comes near it, so a
/// larger number is a typo or a wrong unit, and saying so helps more than
/// computing with it.
pub const MAX_SIZE: Bytes = Bytes(100 * TB);

impl Bytes {
    pub fn saturating_sub(self, other: Bytes) -> Bytes {
        Bytes(self.0.saturating_sub(other.0))
    }
}

/// What was read from one size field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParsedSize {
    pub bytes: Bytes,
    /// True when the text had no unit, so it was read in GB, the unit iOS
    /// shows most of these sizes in.
    pub unit_assumed: bool,
}

/// Why a size could not be read. The page words each for the user
/// (`CheckerWords::message`); these are the facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SizeError {
    NotANumber,
    Negative,
    /// The unit as typed, shortened to a dozen characters.
    UnknownUnit(String),
    TooLarge,
}

impl fmt::Display for SizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SizeError::NotANumber => f.write_str("not a number"),
            SizeError::Negative => f.write_str("a negative size"),
            SizeError::UnknownUnit(unit) => write!(f, "unknown unit {unit:?}"),
            SizeError::TooLarge => f.write_str("larger than any iPhone or iCloud plan"),
        }
    }
}

impl std::error::Error for SizeError {}

/// Reads a size as people type or paste it: `2.3 GB`, `2,3 GB`, `850MB`,
/// `1.2 TB`, `512 KB`, `1,024 MB`, or a bare number (read as GB).
///
/// Returns `Ok(None)` for blank text: an empty field is not an error.
pub fn parse_size(text: &str) -> Result<Option<ParsedSize>, SizeError> {
    let Some(amount) = Amount::read(text) else { return Ok(None) };
    let amount = amount.ok_or(SizeError::NotANumber)?;
    let factor = amount
        .factor(unit_factor)
        .map_err(|unit| unit.map_or(SizeError::NotANumber, SizeError::UnknownUnit))?;
    if amount.negative && !amount.number.is_zero() {
        return Err(SizeError::Negative);
    }
    let bytes = amount.number.times(factor).map(Bytes).ok_or(SizeError::TooLarge)?;
    if bytes > MAX_SIZE {
        return Err(SizeError::TooLarge);
    }
    Ok(Some(ParsedSize { bytes, unit_assumed: amount.unit.is_empty() }))
}

/// A number and the unit typed after it, as read from a field: "2,3 GB",
/// "−5 MB", "10 Mbit/s".
pub(crate) struct Amount<'t> {
    pub negative: bool,
    pub number: Decimal,
    /// The text after the number, without spaces around it.
    pub unit: &'t str,
}

impl<'t> Amount<'t> {
    /// None for blank text; `Some(None)` when the text does not start
    /// with a number.
    pub fn read(text: &'t str) -> Option<Option<Amount<'t>>> {
        let text = text.trim_matches(is_space);
        if text.is_empty() {
            return None;
        }
        let (negative, rest) = match text.chars().next() {
            Some(c @ ('-' | '−' | '+')) => (c != '+', text[c.len_utf8()..].trim_start_matches(is_space)),
            _ => (false, text),
        };
        let number_len =
            rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
        let (number, unit) = rest.split_at(number_len);
        Some(Decimal::parse(number).map(|number| Amount {
            negative,
            number,
            unit: unit.trim_matches(is_space),
        }))
    }

    /// What the unit multiplies by, from `units`; or, where it is not one
    /// of them, the unit as typed (shortened), or None for a second number
    /// where the unit should be: "2 3", "1.2.3 GB".
    pub fn factor(&self, units: fn(&str) -> Option<u64>) -> Result<u64, Option<String>> {
        units(self.unit).ok_or_else(|| {
            let a_number = self.unit.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
            (!a_number).then(|| shorten(self.unit))
        })
    }
}

/// Splits the line iOS shows for storage, "37.3 GB of 50 GB used" (in
/// any language: "3,1 Go sur 5 Go utilisés"), into its used and total
/// parts, so a pasted line can fill both fields at once: two sizes, each a
/// number with its unit, with words between them and words before or
/// after. ("3.1 GB of 5 GB u", half typed, is such a line too: the
/// checker splits a line only once it is whole, see `CheckerInputs::set`.)
pub fn split_used_of_total(text: &str) -> Option<(&str, &str)> {
    let words: Vec<(usize, &str)> = words(text).collect();
    let is_number = |word: &str| word.starts_with(|c: char| c.is_ascii_digit() || is_arabic_digit(c));
    let has_unit = |word: &str| {
        word.chars().any(|c| !(c.is_ascii_digit() || is_arabic_digit(c) || ".,\u{66b}\u{66c}".contains(c)))
    };
    // A size: its number's word, and the unit's, unless stuck to the number.
    let size_at = |at: usize| -> Option<(usize, usize)> {
        let number = words.get(at).filter(|(_, word)| is_number(word))?;
        if has_unit(number.1) {
            return Some((number.0, number.0 + number.1.len()));
        }
        let unit = words.get(at + 1).filter(|(_, word)| has_unit(word) && !is_number(word))?;
        Some((number.0, unit.0 + unit.1.len()))
    };
    let first = words.iter().position(|(_, word)| is_number(word))?;
    let (used_start, used_end) = size_at(first)?;
    let after_used = words.iter().position(|&(at, _)| at >= used_end)?;
    let second = (after_used..words.len()).find(|&at| is_number(words[at].1))?;
    let (total_start, total_end) = size_at(second)?;
    let between = second > after_used;
    let around = first > 0 || words.last().is_some_and(|&(at, _)| at >= total_end);
    (between && around).then(|| (&text[used_start..used_end], &text[total_start..total_end]))
}

/// The words of `text`, each with where it starts.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    text.char_indices().chain([(text.len(), ' ')]).filter_map(move |(at, c)| match (is_space(c), start) {
        (true, Some(from)) => {
            start = None;
            Some((from, &text[from..at]))
        }
        (false, None) => {
            start = Some(at);
            None
        }
        _ => None,
    })
}

fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{660}'..='\u{669}' | '\u{6f0}'..='\u{6f9}')
}

/// How a printed size is rounded: a shortfall is rounded up, so that freeing
/// the printed amount is always enough.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    Nearest,
    Up,
}

/// The units a size is shown in, smallest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Bytes,
    KB,
    MB,
    GB,
    TB,
}

/// A size rounded for showing: `digits / 10^decimals` of `unit`, with no
/// trailing zeros after the decimal mark ("1.9 GB" is 19, 1, GB).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rounded {
    pub digits: u128,
    pub decimals: u32,
    pub unit: Unit,
}

/// Rounds a size to three significant digits in the largest unit that
/// keeps it at 1 or more: 1.43 GB, 640 MB, 12.5 TB, 0 bytes.
pub fn round(bytes: Bytes, rounding: Rounding) -> Rounded {
    const UNITS: [(u64, Unit); 4] = [(TB, Unit::TB), (GB, Unit::GB), (MB, Unit::MB), (KB, Unit::KB)];
    let Some(index) = UNITS.iter().position(|&(factor, _)| bytes.0 >= factor) else {
        // Below 1 KB: iOS never shows such sizes, but stay exact.
        return Rounded { digits: u128::from(bytes.0), decimals: 0, unit: Unit::Bytes };
    };
    let value = u128::from(bytes.0);
    let (factor, unit) = (u128::from(UNITS[index].0), UNITS[index].1);
    let decimals = decimals_for(value / factor);
    let scale = 10u128.pow(decimals);
    let scaled = divide(value * scale, factor, rounding);
    if index > 0 && scaled >= 1000 * scale {
        // Rounding carried into the next unit: 999.6 MB is "1 GB", not "1000 MB".
        let (bigger, bigger_unit) = UNITS[index - 1];
        return trimmed(divide(value * 100, u128::from(bigger), rounding), 2, bigger_unit);
    }
    trimmed(scaled, decimals, unit)
}

fn decimals_for(whole_units: u128) -> u32 {
    match whole_units {
        0..=9 => 2,
        10..=99 => 1,
        _ => 0,
    }
}

fn divide(numerator: u128, denominator: u128, rounding: Rounding) -> u128 {
    match rounding {
        Rounding::Nearest => (numerator + denominator / 2) / denominator,
        Rounding::Up => numerator.div_ceil(denominator),
    }
}

/// `digits / 10^decimals` with trailing zeros dropped: 190, 2 → 19, 1.
fn trimmed(mut digits: u128, mut decimals: u32, unit: Unit) -> Rounded {
    while decimals > 0 && digits % 10 == 0 {
        digits /= 10;
        decimals -= 1;
    }
    Rounded { digits, decimals, unit }
}

fn is_space(c: char) -> bool {
    // iOS puts a no-break space between number and unit in copied text.
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

pub(crate) fn shorten(unit: &str) -> String {
    const MAX_CHARS: usize = 12;
    if unit.chars().count() <= MAX_CHARS {
        unit.to_owned()
    } else {
        let mut short: String = unit.chars().take(MAX_CHARS).collect();
        short.push('…');
        short
    }
}

fn unit_factor(unit: &str) -> Option<u64> {
    let unit = unit.trim_end_matches('.').to_ascii_lowercase();
    Some(match unit.as_str() {
        "" => GB,
        "b" | "byte" | "bytes" | "o" => 1,
        "k" | "kb" | "ko" | "kilobyte" | "kilobytes" => KB,
        "m" | "mb" | "mo" | "megabyte" | "megabytes" => MB,
        "g" | "gb" | "go" | "gigabyte" | "gigabytes" => GB,
        "t" | "tb" | "to" | "terabyte" | "terabytes" => TB,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        "tib" => 1 << 40,
        _ => return None,
    })
}

/// A non-negative decimal number kept exactly: the digits as an integer and
/// how many of them are after the point.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Decimal {
    digits: u128,
    scale: u32,
}

impl Decimal {
    /// Digits beyond a picobyte-level fraction change nothing once rounded to
    /// bytes; more integer digits than this are far past [`MAX_SIZE`].
    const MAX_FRACTION_DIGITS: usize = 12;
    const MAX_INTEGER_DIGITS: usize = 20;

    /// Reads `1.5`, `1,5`, `1,024`, `1.024.000`, `1,234.5` and `1.234,5`.
    fn parse(text: &str) -> Option<Decimal> {
        let (integer, fraction) = split_decimal_point(text)?;
        let integer = integer.trim_start_matches('0');
        if integer.len() > Self::MAX_INTEGER_DIGITS {
            // Still a number, just too large: let the caller say so.
            return Some(Decimal { digits: u128::MAX, scale: 0 });
        }
        let fraction = &fraction[..fraction.len().min(Self::MAX_FRACTION_DIGITS)];
        let mut digits: u128 = 0;
        for c in integer.chars().chain(fraction.chars()) {
            digits = digits * 10 + u128::from(c.to_digit(10)?);
        }
        Some(Decimal { digits, scale: fraction.len() as u32 })
    }

    pub fn is_zero(&self) -> bool {
        self.digits == 0
    }

    /// The value times `factor`, rounded to the nearest whole number.
    pub fn times(&self, factor: u64) -> Option<u64> {
        let scale = 10u128.pow(self.scale);
        let product = self.digits.checked_mul(u128::from(factor))?;
        u64::try_from(divide(product, scale, Rounding::Nearest)).ok()
    }
}

/// Splits a number into the digits before and after its decimal mark, with
/// any thousands separators removed. Both `.` and `,` are used as either in
/// different countries, so the shape decides.
fn split_decimal_point(text: &str) -> Option<(String, String)> {
    let groups = |text: &str, separator: char| -> Option<String> {
        // Thousands groups: 1 to 3 digits, then groups of exactly 3.
        let mut parts = text.split(separator);
        let first = parts.next()?;
        let ok_first = (1..=3).contains(&first.len());
        let rest: Vec<&str> = parts.collect();
        (ok_first && rest.iter().all(|g| g.len() == 3)).then(|| text.replace(separator, ""))
    };
    let dots = text.matches('.').count();
    let commas = text.matches(',').count();
    let (integer, fraction) = match (dots, commas) {
        (0, 0) => (text.to_owned(), String::new()),
        // Both marks: the last one is the decimal mark.
        (_, _) if dots > 0 && commas > 0 => {
            let (mark, separator) = if text.rfind('.') > text.rfind(',') { ('.', ',') } else { (',', '.') };
            let (integer, fraction) = text.rsplit_once(mark)?;
            if fraction.contains(separator) {
                return None;
            }
            (groups(integer, separator)?, fraction.to_owned())
        }
        (1, 0) => split_once_owned(text, '.'),
        // "1,024" is a thousands group; "2,3" and "12,50" use a decimal comma.
        (0, 1) => match text.split_once(',') {
            Some((before, after)) if after.len() == 3 && (1..=3).contains(&before.len()) && before != "0" => {
                (groups(text, ',')?, String::new())
            }
            _ => split_once_owned(text, ','),
        },
        (_, 0) => (groups(text, '.')?, String::new()),
        (0, _) => (groups(text, ',')?, String::new()),
        _ => return None,
    };
    let valid = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    (valid(&integer) && valid(&fraction) && !(integer.is_empty() && fraction.is_empty()))
        .then_some((integer, fraction))
}

fn split_once_owned(text: &str, mark: char) -> (String, String) {
    let (integer, fraction) = text.split_once(mark).unwrap_or((text, ""));
    (integer.to_owned(), fraction.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(text: &str) -> u64 {
        match parse_size(text) {
            Ok(Some(parsed)) => parsed.bytes.0,
            other => panic!("{text:?} should parse, got {other:?}"),
        }
    }

    #[test]
    fn reads_what_ios_shows_and_people_type() {
        assert_eq!(bytes("2.3 GB"), 2_300_000_000);
        assert_eq!(bytes("2,3 GB"), 2_300_000_000);
        assert_eq!(bytes("850 MB"), 850_000_000);
        assert_eq!(bytes("850MB"), 850_000_000);
        assert_eq!(bytes("1.2 TB"), 1_200_000_000_000);
        assert_eq!(bytes("512 KB"), 512_000);
        assert_eq!(bytes("  37.3 GB  "), 37_300_000_000);
        assert_eq!(bytes("37.3\u{a0}GB"), 37_300_000_000);
        assert_eq!(bytes("1.43gb"), 1_430_000_000);
        assert_eq!(bytes("0.5 GB"), 500_000_000);
        assert_eq!(bytes(".5 GB"), 500_000_000);
        assert_eq!(bytes("5. GB"), 5_000_000_000);
        assert_eq!(bytes("12 Go"), 12_000_000_000);
        assert_eq!(bytes("300 Mo"), 300_000_000);
        assert_eq!(bytes("2 gigabytes"), 2_000_000_000);
        assert_eq!(bytes("1 GiB"), 1 << 30);
        assert_eq!(bytes("700 bytes"), 700);
        assert_eq!(bytes("+3 GB"), 3_000_000_000);
        assert_eq!(bytes("0 GB"), 0);
        assert_eq!(bytes("-0 GB"), 0);
    }

    #[test]
    fn reads_thousands_separators_and_decimal_commas() {
        assert_eq!(bytes("1,024 MB"), 1_024_000_000);
        assert_eq!(bytes("1,234.5 MB"), 1_234_500_000);
        assert_eq!(bytes("1.234,5 MB"), 1_234_500_000);
        assert_eq!(bytes("1.024.000 KB"), 1_024_000_000);
        assert_eq!(bytes("12,50 GB"), 12_500_000_000);
        assert_eq!(bytes("0,125 GB"), 125_000_000);
    }

    #[test]
    fn a_bare_number_is_read_as_gb_and_says_so() {
        let parsed = parse_size("4.5").unwrap().unwrap();
        assert_eq!(parsed.bytes, Bytes(4_500_000_000));
        assert!(parsed.unit_assumed);
        assert!(!parse_size("4.5 GB").unwrap().unwrap().unit_assumed);
    }

    #[test]
    fn blank_is_not_an_error() {
        assert_eq!(parse_size(""), Ok(None));
        assert_eq!(parse_size("   "), Ok(None));
    }

    #[test]
    fn rejects_what_is_not_a_size_with_the_right_reason() {
        for text in ["abc", "GB", "1..2", "1.2.3", ".", ",", "1,2,3", "1.5,5.5", "one GB", "1 2 GB", "1e9"] {
            let result = parse_size(text);
            assert!(
                matches!(result, Err(SizeError::NotANumber | SizeError::UnknownUnit(_))),
                "{text:?} gave {result:?}"
            );
        }
        assert_eq!(parse_size("1..2"), Err(SizeError::NotANumber));
        assert_eq!(parse_size("-1 GB"), Err(SizeError::Negative));
        assert_eq!(parse_size("−2.5 GB"), Err(SizeError::Negative));
        assert_eq!(parse_size("5 PB"), Err(SizeError::UnknownUnit("PB".into())));
        assert_eq!(parse_size("5 gigs please thanks"), Err(SizeError::UnknownUnit("gigs please …".into())));
        assert_eq!(parse_size("101 TB"), Err(SizeError::TooLarge));
        assert_eq!(parse_size("99999999999999999999999999999999 GB"), Err(SizeError::TooLarge));
        assert_eq!(parse_size("100 TB").unwrap().unwrap().bytes, MAX_SIZE);
    }

    #[test]
    fn splits_the_storage_line_ios_shows() {
        assert_eq!(split_used_of_total("37.3 GB of 50 GB used"), Some(("37.3 GB", "50 GB")));
        assert_eq!(split_used_of_total(" 3,1 GB OF 5 GB Used "), Some(("3,1 GB", "5 GB")));
        assert_eq!(split_used_of_total("3.1 GB of 5 GB"), None, "not the whole line yet");
        assert_eq!(split_used_of_total("3.1 GB"), None);
        assert_eq!(split_used_of_total(" of 5 GB"), None);
        assert_eq!(split_used_of_total("3.1 GB of 5"), None, "the total has no unit yet");
        assert_eq!(
            split_used_of_total("3,1\u{a0}Go sur 5\u{a0}Go utilisés"),
            Some(("3,1\u{a0}Go", "5\u{a0}Go"))
        );
        assert_eq!(split_used_of_total("3,1GB von 5GB belegt"), Some(("3,1GB", "5GB")));
        assert_eq!(split_used_of_total("تم استخدام ٣٫١ غ.ب من ٥ غ.ب"), Some(("٣٫١ غ.ب", "٥ غ.ب")));
        assert_eq!(split_used_of_total("3 GB 5 GB used"), None, "no words between the sizes");
    }

    #[test]
    fn rounds_to_three_significant_digits_in_a_sensible_unit() {
        // The words for these are tested with the guide (words.rs).
        let rounded = |bytes, rounding| {
            let r = round(Bytes(bytes), rounding);
            (r.digits, r.decimals, r.unit)
        };
        assert_eq!(rounded(1_430_000_000, Rounding::Nearest), (143, 2, Unit::GB));
        assert_eq!(rounded(640_000_000, Rounding::Nearest), (640, 0, Unit::MB));
        assert_eq!(rounded(1_900_000_000, Rounding::Nearest), (19, 1, Unit::GB), "no trailing zero");
        assert_eq!(rounded(12_500_000_000_000, Rounding::Nearest), (125, 1, Unit::TB));
        assert_eq!(rounded(999, Rounding::Nearest), (999, 0, Unit::Bytes));
        assert_eq!(rounded(999_600_000, Rounding::Nearest), (1, 0, Unit::GB), "carried into the next unit");
        assert_eq!(rounded(560_000_001, Rounding::Up), (561, 0, Unit::MB), "never below the value");
        assert_eq!(rounded(999_000_001, Rounding::Up), (1, 0, Unit::GB));
    }
}
