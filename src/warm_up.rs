//! The browser compiles each function of the wasm the first time it runs,
//! on the main thread. Doing the work of a keystroke once while the page is
//! idle moves that cost off the user's first keystroke.

use std::hint::black_box;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use helper_core::size::Rounding;
use helper_core::space::{assess, CheckerInputs, Field};
use leptos::prelude::request_idle_callback_with_handle;

use crate::page_guide::guide;

/// Where the browser cannot say when it is idle (Safari has no
/// `requestIdleCallback`), the warm-up runs this long after the page has
/// been taken over: after its first frames, before a person types.
const WITHOUT_IDLE_CALLBACK_MS: u32 = 300;

/// When the browser is next idle: the checker's sums and words on made-up
/// sizes, then `retype`, which must type a field's own text into it again
/// (a change to nothing, so nothing is shown or saved).
pub fn when_idle(retype: impl Fn() + 'static) {
    let guide = guide();
    let warm_up = Rc::new(move || {
        let mut sample = CheckerInputs::default();
        for (field, text) in [
            (Field::Backup, "1.2 GB"),
            (Field::ICloudUsed, "3.1 GB of 5 GB used"),
            (Field::IPhoneUsed, "120 GB"),
            (Field::IPhoneCapacity, "128 GB"),
        ] {
            sample.set(field, text, &guide.numbers);
        }
        // black_box: the sums must really run, not be worked out at build time.
        let assessment = assess(black_box(&sample), &guide.numbers);
        for verdict in [assessment.icloud, assessment.iphone].into_iter().flatten() {
            black_box(guide.numbers.size(verdict.missing, Rounding::Up));
            black_box(guide.numbers.size(verdict.free, Rounding::Nearest));
        }
        retype();
    });
    let when_idle = Rc::clone(&warm_up);
    if request_idle_callback_with_handle(move || when_idle()).is_err() {
        Timeout::new(WITHOUT_IDLE_CALLBACK_MS, move || warm_up()).forget();
    }
}
