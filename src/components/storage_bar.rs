use helper_core::space::{Bar, BarPart, Verdict};
use leptos::prelude::*;

use crate::page_guide::guide;

/// The bar's height in its own units; its width is [`Bar::WIDTH`].
const HEIGHT: u16 = 24;

/// A place's storage as iOS draws it, what is used from the left, with
/// what the backup needs marked after it: when it does not fit, the part
/// past the total's end stands out. Drawn from the answer's numbers, which
/// stay beside it; its text alternative says the same in words. Shown
/// once there is an answer, its parts only change size as the user types.
#[component]
pub fn StorageBar(verdict: Memo<Option<Verdict>>) -> impl IntoView {
    let guide = guide();
    let words = &guide.checker.picture;
    let bar = Memo::new(move |_| verdict.with(|v| v.as_ref().map(Verdict::bar)));
    let span = move |part: BarPart| move || bar.with(|b| b.map_or((0, 0), |b| b.span(part)));
    let rect = move |part: BarPart, class: &'static str| {
        let span = span(part);
        view! { <rect class=class x=move || span().0 width=move || span().1 - span().0 height=HEIGHT></rect> }
    };
    let has = move |part: BarPart| {
        move || {
            let (start, end) = span(part)();
            end > start
        }
    };
    let key = move |part: BarPart, class: &'static str, text: &'static str| {
        view! {
            <li hidden=move || !has(part)()>
                <span class=format!("swatch {class}")></span>
                {text}
            </li>
        }
    };
    let total_end = move || bar.with(|b| b.map_or(0, |b| b.total_end));
    let short = move || verdict.with(|v| v.as_ref().is_some_and(|v| !v.is_enough()));
    let alt = move || verdict.with(|v| v.as_ref().map(|v| words.alt(&guide.numbers, v)).unwrap_or_default());
    view! {
        <div class="storage-bar" hidden=move || verdict.with(Option::is_none)>
            <svg
                viewBox=format!("0 0 {} {HEIGHT}", Bar::WIDTH)
                preserveAspectRatio="none"
                role="img"
                aria-label=alt
            >
                <rect class="bar-track" width=total_end height=HEIGHT></rect>
                {rect(BarPart::Used, "bar-used")}
                {rect(BarPart::Needed, "bar-needed")}
                {rect(BarPart::Missing, "bar-missing")}
                // Where the place's space ends, when the backup runs past it.
                <rect class="bar-end" x=move || total_end().saturating_sub(2) width=move || if short() { 4 } else { 0 } height=HEIGHT></rect>
            </svg>
            <ul class="bar-key" aria-hidden="true">
                {key(BarPart::Used, "bar-used", &words.used)}
                {key(BarPart::Needed, "bar-needed", &words.needed)}
                {key(BarPart::Missing, "bar-missing", &words.missing)}
                {key(BarPart::Left, "bar-left", &words.left)}
            </ul>
        </div>
    }
}
