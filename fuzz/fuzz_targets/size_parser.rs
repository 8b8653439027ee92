//! Feeds arbitrary text to the size parser and to the whole space checker:
//! neither may panic, and whatever the parser reads stays within bounds.
#![no_main]

use helper_core::size::{format_size, parse_size, Rounding, MAX_SIZE};
use helper_core::space::{assess, CheckerInputs, Field};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(Some(parsed)) = parse_size(text) {
        assert!(parsed.bytes <= MAX_SIZE);
        let printed = format_size(parsed.bytes, Rounding::Nearest);
        assert!(matches!(parse_size(&printed), Ok(Some(_))), "{printed:?} does not read back");
    }
    // The same text in every field, split the way a paste could split it.
    let mut inputs = CheckerInputs::default();
    for (field, part) in Field::ALL.into_iter().zip(text.split('|').cycle()) {
        inputs.set(field, part);
    }
    let _ = assess(&inputs);
});
