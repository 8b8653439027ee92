//! Feeds arbitrary text to the size parser and to the whole space checker,
//! as each language's page reads it: neither may panic, whatever the parser
//! reads stays within bounds, and what the page would print of it reads back.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use helper_core::content_check::read_languages;
use helper_core::guide::Guide;
use helper_core::size::{parse_size, Rounding, MAX_SIZE};
use helper_core::space::{assess, CheckerInputs, Field};
use libfuzzer_sys::fuzz_target;

/// Every language's guide, as the build reads them.
fn guides() -> &'static [Guide] {
    static GUIDES: OnceLock<Vec<Guide>> = OnceLock::new();
    GUIDES.get_or_init(|| {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        read_languages(&content).unwrap_or_else(|error| panic!("content/:\n{error}"))
    })
}

fuzz_target!(|text: &str| {
    for guide in guides() {
        let numbers = &guide.numbers;
        if let Ok(Some(parsed)) = parse_size(&numbers.normalized(text)) {
            assert!(parsed.bytes <= MAX_SIZE);
            let printed = numbers.size(parsed.bytes, Rounding::Nearest);
            let read = parse_size(&numbers.normalized(&printed));
            assert!(matches!(read, Ok(Some(_))), "{printed:?} does not read back in {}", guide.meta.lang);
        }
        // The same text in every field, split the way a paste could split
        // it, and every field's message in the guide's words.
        let mut inputs = CheckerInputs::default();
        for (field, part) in Field::ALL.into_iter().zip(text.split('|').cycle()) {
            inputs.set(field, part, numbers);
        }
        let assessment = assess(&inputs, numbers);
        for field in Field::ALL {
            let _ = guide.checker.message(numbers, assessment.field(field));
        }
    }
});
