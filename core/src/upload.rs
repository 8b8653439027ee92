//! "Is it stuck, or just slow?": how long a backup's upload should take at
//! the connection's upload speed. Speed tests and providers give upload
//! speeds in megabits a second, so that is what a bare number means.

use std::fmt;

use crate::size::{parse_size, Amount, Bytes};

/// An upload speed, in bits a second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Speed(pub u64);

/// The speed the estimate takes when none is typed: an assumption the page
/// states with it, not a measurement.
pub const ASSUMED_SPEED: Speed = Speed(10 * MBIT);

/// Faster than any home or mobile connection uploads: a typo or a wrong unit.
pub const MAX_SPEED: Speed = Speed(10_000 * MBIT);

const KBIT: u64 = 1_000;
const MBIT: u64 = 1_000_000;

/// An upload said to take at least this many minutes is worth waiting for
/// with the iPhone on Wi-Fi and charging, rather than taken for stuck.
const LONG_UPLOAD_MINUTES: u64 = 30;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeedError {
    NotASpeed,
    /// The unit as typed, shortened to a dozen characters.
    UnknownUnit(String),
    /// Zero, negative, or under 1 kbit/s: such an upload never ends.
    Zero,
    TooFast,
}

impl fmt::Display for SpeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SpeedError::NotASpeed => f.write_str("not a speed"),
            SpeedError::UnknownUnit(unit) => write!(f, "unknown unit {unit:?}"),
            SpeedError::Zero => f.write_str("no speed at all"),
            SpeedError::TooFast => f.write_str("faster than any connection"),
        }
    }
}

impl std::error::Error for SpeedError {}

/// Reads a speed as typed: `10`, `10 Mbit/s`, `8,5 Mbps`, `750 kbit/s`,
/// `1 Gbps`, or `2 MB/s` (megabytes, as some apps show). `Ok(None)` for
/// blank text.
pub fn parse_speed(text: &str) -> Result<Option<Speed>, SpeedError> {
    let Some(amount) = Amount::read(text) else { return Ok(None) };
    let amount = amount.ok_or(SpeedError::NotASpeed)?;
    let factor = amount
        .factor(speed_factor)
        .map_err(|unit| unit.map_or(SpeedError::NotASpeed, SpeedError::UnknownUnit))?;
    let bits = amount.number.times(factor).ok_or(SpeedError::TooFast)?;
    match Speed(bits) {
        _ if amount.negative || bits < KBIT => Err(SpeedError::Zero),
        speed if speed > MAX_SPEED => Err(SpeedError::TooFast),
        speed => Ok(Some(speed)),
    }
}

fn speed_factor(unit: &str) -> Option<u64> {
    // Capital B is bytes, as in "MB/s"; every other spelling means bits.
    if unit == "MB/s" {
        return Some(8 * MBIT);
    }
    Some(match unit.to_ascii_lowercase().as_str() {
        "" | "m" | "mbit/s" | "mbits/s" | "mbps" | "mb/s" | "mbit" => MBIT,
        "kbit/s" | "kbits/s" | "kbps" | "kb/s" | "kbit" => KBIT,
        "gbit/s" | "gbits/s" | "gbps" | "gb/s" | "gbit" => 1_000 * MBIT,
        _ => return None,
    })
}

/// How long an upload takes, rounded the way people say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    UnderAMinute,
    /// Whole minutes up to 10, then in fives.
    Minutes(u64),
    Hours(u64),
    Days(u64),
}

/// What the estimate found: how long the upload takes, and whether that
/// is long enough to wait for rather than move on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub span: Span,
    pub long: bool,
}

/// The time to send `size` at `speed`, the upload alone: WhatsApp needs a
/// little more to prepare the backup first.
pub fn estimate(size: Bytes, speed: Speed) -> Estimate {
    let bits = u128::from(size.0) * 8;
    let speed = u128::from(speed.0.max(1));
    let seconds = u64::try_from(bits.div_ceil(speed)).unwrap_or(u64::MAX);
    let span = span(seconds);
    // Judged as said, so "about 30 minutes" is never called quick.
    let long = !matches!(span, Span::UnderAMinute | Span::Minutes(0..LONG_UPLOAD_MINUTES));
    Estimate { span, long }
}

fn span(seconds: u64) -> Span {
    const MINUTE: u64 = 60;
    const HOUR: u64 = 60 * MINUTE;
    const DAY: u64 = 24 * HOUR;
    let nearest = |unit: u64| seconds.saturating_add(unit / 2) / unit;
    match nearest(MINUTE) {
        0 => Span::UnderAMinute,
        minutes @ 1..10 => Span::Minutes(minutes),
        minutes if minutes < 58 => Span::Minutes((minutes + 2) / 5 * 5),
        _ if seconds < 2 * DAY - HOUR / 2 => Span::Hours(nearest(HOUR).max(1)),
        _ => Span::Days(nearest(DAY)),
    }
}

/// What the estimate has to say for the backup size and the speed as typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadAnswer {
    /// No backup size yet.
    NeedsBackup,
    /// A field can't be read; its own message says why.
    CantRead,
    Estimate {
        size: Bytes,
        speed: Speed,
        /// No speed was typed, so [`ASSUMED_SPEED`] was taken.
        assumed: bool,
        estimate: Estimate,
    },
}

pub fn answer(backup: &str, speed: &str) -> UploadAnswer {
    match (parse_size(backup), parse_speed(speed)) {
        (Err(_), _) | (_, Err(_)) => UploadAnswer::CantRead,
        (Ok(None), Ok(_)) => UploadAnswer::NeedsBackup,
        (Ok(Some(size)), Ok(typed)) => {
            let speed = typed.unwrap_or(ASSUMED_SPEED);
            let estimate = estimate(size.bytes, speed);
            UploadAnswer::Estimate { size: size.bytes, speed, assumed: typed.is_none(), estimate }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::size::{GB, MB};

    fn speed(text: &str) -> Result<Option<Speed>, SpeedError> {
        parse_speed(text)
    }

    #[test]
    fn reads_speeds_as_speed_tests_and_people_write_them() {
        for (text, bits) in [
            ("10", 10 * MBIT),
            ("10 Mbit/s", 10 * MBIT),
            ("10Mbps", 10 * MBIT),
            ("8,5 Mbps", 8_500_000),
            ("8.5 mb/s", 8_500_000),
            ("750 kbit/s", 750 * KBIT),
            ("1 Gbps", 1_000 * MBIT),
            ("2 MB/s", 16 * MBIT),
            ("\u{a0}25\u{202f}Mbit/s ", 25 * MBIT),
        ] {
            assert_eq!(speed(text), Ok(Some(Speed(bits))), "{text:?}");
        }
        assert_eq!(speed(""), Ok(None));
        assert_eq!(speed("   "), Ok(None));
    }

    #[test]
    fn says_what_is_wrong_with_a_speed_it_cannot_use() {
        assert_eq!(speed("fast"), Err(SpeedError::NotASpeed));
        assert_eq!(speed("1 2"), Err(SpeedError::NotASpeed));
        assert_eq!(speed("10 GB"), Err(SpeedError::UnknownUnit("GB".into())));
        assert_eq!(speed("10 furlongs per fortnight"), Err(SpeedError::UnknownUnit("furlongs per…".into())));
        assert_eq!(speed("0"), Err(SpeedError::Zero));
        assert_eq!(speed("0,000"), Err(SpeedError::Zero));
        assert_eq!(speed("-5"), Err(SpeedError::Zero));
        assert_eq!(speed("0.0001 kbps"), Err(SpeedError::Zero));
        assert_eq!(speed("0.3 kbps"), Err(SpeedError::Zero), "too slow to say, and to upload anything");
        assert_eq!(speed("1 kbps"), Ok(Some(Speed(KBIT))));
        assert_eq!(speed("20000"), Err(SpeedError::TooFast));
        assert_eq!(speed("99999999999999999999999 Gbps"), Err(SpeedError::TooFast));
        assert_eq!(speed("10 Gbps"), Ok(Some(MAX_SPEED)));
    }

    #[test]
    fn answers_whatever_is_typed() {
        assert_eq!(answer("", ""), UploadAnswer::NeedsBackup);
        assert_eq!(answer("", "fast"), UploadAnswer::CantRead);
        assert_eq!(answer("lots", "10"), UploadAnswer::CantRead);
        assert_eq!(
            answer("1 GB", ""),
            UploadAnswer::Estimate {
                size: Bytes(GB),
                speed: ASSUMED_SPEED,
                assumed: true,
                estimate: Estimate { span: Span::Minutes(15), long: false },
            }
        );
        assert!(matches!(answer("9 GB", "10 Mbps"), UploadAnswer::Estimate { assumed: false, .. }));
    }

    #[test]
    fn estimates_the_upload_in_the_words_people_use() {
        let at = |bytes: u64, mbit: u64| estimate(Bytes(bytes), Speed(mbit * MBIT));
        // 1 GB at 10 Mbit/s: 800 s, a bit over 13 minutes, said as 15.
        assert_eq!(at(GB, 10), Estimate { span: Span::Minutes(15), long: false });
        assert_eq!(at(50 * MB, 10).span, Span::Minutes(1));
        assert_eq!(at(MB, 10).span, Span::UnderAMinute);
        assert_eq!(at(0, 10).span, Span::UnderAMinute);
        assert_eq!(at(9 * GB, 10), Estimate { span: Span::Hours(2), long: true });
        // 1,750 s is said as "about 30 minutes": long, as said, not quick.
        assert_eq!(
            estimate(Bytes(1_750 * 10 * MBIT / 8), Speed(10 * MBIT)),
            Estimate { span: Span::Minutes(30), long: true }
        );
        assert!(!estimate(Bytes(1_600 * 10 * MBIT / 8), Speed(10 * MBIT)).long);
        assert_eq!(at(200 * GB, 2), Estimate { span: Span::Days(9), long: true });
        // Near the edges between units, the larger unit reads better.
        assert_eq!(span(57 * 60), Span::Minutes(55));
        assert_eq!(span(58 * 60), Span::Hours(1));
        assert_eq!(span(47 * 3600), Span::Hours(47));
        assert_eq!(span(48 * 3600), Span::Days(2));
        assert_eq!(span(u64::MAX), Span::Days(u64::MAX / 86_400));
        assert_eq!(estimate(Bytes(u64::MAX), Speed(1)).span, Span::Days(u64::MAX / 86_400));
    }
}
