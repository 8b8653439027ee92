//! Feeds arbitrary text to the size parser and to the whole space checker:
//! neither may panic, whatever the parser reads stays within bounds, and
//! what the page would print of it reads back.
#![no_main]

use helper_core::content_check::english;
use helper_core::size::{parse_size, Rounding, MAX_SIZE};
use helper_core::space::{assess, CheckerInputs, Field};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let guide = english();
    if let Ok(Some(parsed)) = parse_size(text) {
        assert!(parsed.bytes <= MAX_SIZE);
        let printed = guide.numbers.size(parsed.bytes, Rounding::Nearest);
        assert!(matches!(parse_size(&printed), Ok(Some(_))), "{printed:?} does not read back");
    }
    // The same text in every field, split the way a paste could split it,
    // and every field's message in the guide's words.
    let mut inputs = CheckerInputs::default();
    for (field, part) in Field::ALL.into_iter().zip(text.split('|').cycle()) {
        inputs.set(field, part);
    }
    let assessment = assess(&inputs);
    for field in Field::ALL {
        let _ = guide.checker.message(&guide.numbers, assessment.field(field));
    }
});
