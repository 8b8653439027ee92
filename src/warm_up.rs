//! The browser compiles each function of the wasm the first time it runs,
//! on the main thread. Running the space checker's sums once on made-up
//! sizes while the page is idle moves that cost off the user's first
//! keystroke.

use std::hint::black_box;

use helper_core::size::{format_size, Rounding};
use helper_core::space::{assess, CheckerInputs, Field};
use leptos::prelude::request_idle_callback;

pub fn when_idle() {
    request_idle_callback(|| {
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
            black_box(format_size(verdict.missing, Rounding::Up));
            black_box(format_size(verdict.free, Rounding::Nearest));
        }
    });
}
