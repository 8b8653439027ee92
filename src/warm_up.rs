//! The browser compiles each function of the wasm the first time it runs,
//! on the main thread. Doing the work of a keystroke once while the page is
//! idle moves that cost off the user's first keystroke.

use std::hint::black_box;

use helper_core::size::Rounding;
use helper_core::space::{assess, CheckerInputs, Field};
use leptos::prelude::request_idle_callback;

use crate::guide_static::guide;

/// When the browser is next idle: the checker's sums and words on made-up
/// sizes, then `retype`, which must type a field's own text into it again
/// (a change to nothing, so nothing is shown or saved).
pub fn when_idle(retype: impl Fn() + 'static) {
    let guide = guide();
    request_idle_callback(move || {
        let mut sample = CheckerInputs::default();
        for (field, text) in [
            (Field::Backup, "1.2 GB"),
            (Field::ICloudUsed, "3.1 GB of 5 GB used"),
            (Field::IPhoneUsed, "120 GB"),
            (Field::IPhoneCapacity, "128 GB"),
        ] {
            sample.set(field, text);
        }
        // black_box: the sums must really run, not be worked out at build time.
        let assessment = assess(black_box(&sample));
        for verdict in [assessment.icloud, assessment.iphone].into_iter().flatten() {
            black_box(guide.numbers.size(verdict.missing, Rounding::Up));
            black_box(guide.numbers.size(verdict.free, Rounding::Nearest));
        }
        retype();
    });
}
