//! What the loader (tools/page-builder/src/start.js) shows when the
//! WebAssembly cannot run. Rendered by the build into inert `<template>`s,
//! so their words come from the guide too; the loader clones one into the
//! page when it is needed.

use leptos::prelude::*;

use crate::page_guide::guide;

/// If the WebAssembly ever stops: say so, and offer a reload (the loader
/// gives the button its click).
#[component]
pub fn CrashNotice() -> impl IntoView {
    let notices = &guide().notices;
    view! {
        <div class="crash-notice" role="alert">
            <p>{notices.crashed.as_str()}</p>
            <button type="button">{notices.reload.as_str()}</button>
        </div>
    }
}

/// If the browser has no WebAssembly at all (Lockdown Mode on iPhone):
/// what still works, and what is off and why. Not an alert: nothing broke.
#[component]
pub fn NoWasmNotice() -> impl IntoView {
    view! {
        <div class="no-wasm-notice" role="status">
            <p>{guide().notices.no_wasm.as_str()}</p>
        </div>
    }
}
