//! Talking to the page that embeds this one in an iframe.
//!
//! Out: whenever the content's height changes, `{ type:
//! "wa-backup-helper:resize", height }` to the parent, so the frame can fit
//! the guide without an inner scrollbar. It carries no user data, so it may
//! go to any origin.
//!
//! In: nothing but the iframe-resizer (v4) child protocol, for help centers
//! that already use that library: its init and its "resize"/"reset"
//! requests, each answered with the size. Every other message is ignored.

use std::cell::{Cell, RefCell};

use gloo_events::EventListener;
use helper_core::iframe_resizer::{self, ResizerRequest};
use js_sys::{Object, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{MessageEvent, ResizeObserver, Window};

use crate::deep_link;

const RESIZE_TYPE: &str = "wa-backup-helper:resize";

thread_local! {
    static LAST_HEIGHT: Cell<u32> = const { Cell::new(0) };
    static SHOWN_LINKED_STEP: Cell<bool> = const { Cell::new(false) };
    /// The frame id an iframe-resizer parent gave in its init, if it sent one.
    static RESIZER_ID: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Starts reporting the height, if this page is in a frame.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten() else { return };
    if parent == window {
        return;
    }
    let Some(root) = window.document().and_then(|document| document.document_element()) else { return };

    // A ResizeObserver reports at most once a frame, after layout: loading,
    // ticking, checker results, window resizes and late fonts alike. (gloo
    // has no ResizeObserver, so this callback is wasm-bindgen's own.)
    let on_resize = Closure::<dyn FnMut()>::new(report_height);
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    on_resize.forget();

    // A deep link (`?embed#step-5`) scrolled the frame's own small viewport;
    // once the host has fitted the frame to the guide, that scroll is gone,
    // so bring the step into view again, on the host's page this time.
    // The page lives as long as the frame: keep listening.
    EventListener::new(&window, "resize", move |_| {
        let fitted = web_sys::window()
            .and_then(|window| window.inner_height().ok()?.as_f64())
            .zip(content_size())
            .is_some_and(|(viewport, (height, _))| viewport + 2.0 >= f64::from(height));
        if fitted && !SHOWN_LINKED_STEP.replace(true) {
            deep_link::scroll_to_linked_step();
        }
    })
    .forget();
    EventListener::new(&window, "message", |event| {
        if let Some(event) = event.dyn_ref::<MessageEvent>() {
            answer_iframe_resizer(event);
        }
    })
    .forget();
    // Tells an iframe-resizer parent that loaded first to send its init again.
    let _ = parent.post_message(&JsValue::from_str(iframe_resizer::READY), "*");
}

fn content_size() -> Option<(u32, u32)> {
    let root = web_sys::window()?.document()?.document_element()?;
    let rect = root.get_bounding_client_rect();
    Some((rect.height().ceil() as u32, rect.width().ceil() as u32))
}

/// Sends the height to the parent when it changed.
fn report_height() {
    let Some((height, width)) = content_size() else { return };
    if LAST_HEIGHT.get() == height {
        return;
    }
    LAST_HEIGHT.set(height);
    let Some(parent) = parent() else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &RESIZE_TYPE.into());
    let _ = Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, "*");
    send_resizer(&parent, height, width, "resizeObserver");
}

fn parent() -> Option<Window> {
    web_sys::window()?.parent().ok().flatten()
}

/// Answers an iframe-resizer parent, if one has introduced itself.
fn send_resizer(parent: &Window, height: u32, width: u32, event: &str) {
    RESIZER_ID.with(|slot| {
        if let Some(id) = slot.borrow().as_deref() {
            let message = iframe_resizer::size_message(id, height, width, event);
            let _ = parent.post_message(&JsValue::from_str(&message), "*");
        }
    });
}

fn answer_iframe_resizer(event: &MessageEvent) {
    // Only the embedding page may ask. (Its window is compared by identity:
    // a cross-origin window is not an `instanceof Window` here.)
    let Some(parent) = parent() else { return };
    if event.source().map(JsValue::from) != Some(JsValue::from(&parent)) {
        return;
    }
    let Some(text) = event.data().as_string() else { return };
    let Some(request) = ResizerRequest::parse(&text) else { return };
    let Some((height, width)) = content_size() else { return };
    match request {
        ResizerRequest::Init { id } => {
            RESIZER_ID.with(|slot| *slot.borrow_mut() = Some(id));
            send_resizer(&parent, height, width, "init");
        }
        ResizerRequest::SizeCheck { event } => send_resizer(&parent, height, width, event),
    }
}
