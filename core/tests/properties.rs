//! Generated inputs, 10,000 per property: whatever anyone types or pastes,
//! the size parser and the space checker answer without panicking, each
//! problem gets the content's words, and a size the page prints reads back
//! as the value it stands for.

use helper_core::content_check::english;
use helper_core::size::{parse_size, Bytes, Rounding, SizeError, MAX_SIZE};
use helper_core::space::{assess, space_needed, CheckerInputs, Field, FieldProblem, Place, Verdict};
use helper_core::template::slots;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig { cases: 10_000, ..ProptestConfig::default() }
}

/// Text shaped like what people type: digits, separators, units, and noise.
fn size_like_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ ]{0,2}-?[0-9]{0,6}([.,][0-9]{0,4})?[ ]?(k|K|m|M|g|G|t|T)?(b|B|byte|bytes)?[ ]{0,2}",
        "[0-9 .,]{0,12}(GB|MB|KB|TB|gb|Go|GiB|bytes|xyz|inf|NaN)?( of [0-9.,]{0,6} ?(GB|MB|TB)? ?(used)?)?",
    ]
}

/// Words the page would print only if it did sums in floating point.
fn has_float_noise(text: &str) -> bool {
    text.contains("NaN") || text.contains("inf") || text.contains("e+")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_parser_answers_anything_without_panicking(text in size_like_text()) {
        match parse_size(&text) {
            Ok(Some(parsed)) => prop_assert!(parsed.bytes <= MAX_SIZE),
            Ok(None) => prop_assert!(text.trim().is_empty()),
            // The unit is echoed back as typed, at most a dozen characters of it.
            Err(SizeError::UnknownUnit(unit)) => {
                let typed = unit.trim_end_matches('…');
                prop_assert!(!typed.is_empty() && typed.chars().count() <= 12 && text.contains(typed), "{unit:?} from {text:?}");
            }
            Err(_) => {}
        }
    }

    #[test]
    fn a_printed_size_reads_back_as_its_value(bytes in 0..=MAX_SIZE.0) {
        let numbers = &english().numbers;
        for rounding in [Rounding::Nearest, Rounding::Up] {
            let printed = numbers.size(Bytes(bytes), rounding);
            let read = parse_size(&printed).ok().flatten().map(|parsed| parsed.bytes.0);
            prop_assert!(read.is_some(), "{printed:?} does not read back");
            let read = read.unwrap_or_default();
            // Three significant digits: within half a percent when rounded to
            // the nearest, within one percent when rounded up (plus a byte).
            let tolerance = match rounding {
                Rounding::Nearest => bytes / 200 + 1,
                Rounding::Up => bytes / 100 + 1,
            };
            prop_assert!(read.abs_diff(bytes) <= tolerance, "{bytes} printed as {printed:?} reads as {read}");
            if rounding == Rounding::Up {
                prop_assert!(read >= bytes, "{bytes} rounded up to {printed:?} reads as less: {read}");
            }
            // And printing what was read gives the same text again.
            prop_assert_eq!(numbers.size(Bytes(read), rounding), printed);
        }
    }

    #[test]
    fn the_checker_answers_any_five_fields_in_the_contents_words(fields in proptest::array::uniform5(size_like_text())) {
        let guide = english();
        let mut inputs = CheckerInputs::default();
        for (field, text) in Field::ALL.into_iter().zip(&fields) {
            inputs.set(field, text, &guide.numbers);
        }
        let assessment = assess(&inputs, &guide.numbers);
        for field in Field::ALL {
            let reading = assessment.field(field);
            let message = guide.checker.message(&guide.numbers, reading);
            prop_assert_eq!(message.is_empty(), reading.problem.is_none() && reading.note.is_none(), "{:?}", reading);
            match &reading.problem {
                Some(FieldProblem::Invalid(SizeError::UnknownUnit(unit))) => {
                    prop_assert_eq!(&message, &guide.checker.messages.unknown_unit.fill(slots::Unit { unit }));
                }
                _ => prop_assert!(!has_float_noise(&message), "{message:?}"),
            }
        }
        // A verdict only ever stands on numbers that were all read without a problem.
        for (verdict, used, total) in [
            (assessment.icloud, Field::ICloudUsed, Field::ICloudTotal),
            (assessment.iphone, Field::IPhoneUsed, Field::IPhoneCapacity),
        ] {
            if verdict.is_some() {
                for field in [Field::Backup, used, total] {
                    prop_assert!(assessment.field(field).problem.is_none(), "{field:?} has a problem, yet a verdict came");
                }
            }
        }
    }

    #[test]
    fn the_rule_is_2_05_times_the_backup(backup in 0..=MAX_SIZE.0, used in 0..=MAX_SIZE.0, total in 0..=MAX_SIZE.0) {
        let verdict = Verdict::check(Place::ICloud, Bytes(backup), Bytes(used), Bytes(total));
        let needed = space_needed(Bytes(backup)).0;
        prop_assert!(u128::from(needed) * 100 >= u128::from(backup) * 205);
        prop_assert!(u128::from(needed) * 100 < u128::from(backup) * 205 + 100);
        let free = total.saturating_sub(used);
        prop_assert_eq!(verdict.is_enough(), free >= needed);
        prop_assert_eq!(verdict.missing.0, needed.saturating_sub(free));
        if let Some(plan) = verdict.plan {
            prop_assert!(plan.0 > total && plan.0.saturating_sub(used) >= needed);
        }
    }
}
