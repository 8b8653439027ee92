use leptos::prelude::*;

use crate::guide_static::guide;

/// What the page says if its WebAssembly ever stops: rendered by the build
/// into an inert `<template>`, and shown by the loader (start.js), which
/// gives the button its reload.
#[component]
pub fn CrashNotice() -> impl IntoView {
    let guide = guide();
    view! {
        <div class="crash-notice" role="alert">
            <p>{guide.notices.crashed.as_str()}</p>
            <button type="button">{guide.notices.reload.as_str()}</button>
        </div>
    }
}
