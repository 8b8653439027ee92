//! The WhatsApp backup helper: a guide through the eight fixes for a failing
//! WhatsApp backup to iCloud, with a space checker and saved progress.

mod app;
mod components;
mod deep_link;
mod storage;

fn main() {
    leptos::mount::mount_to_body(app::App);
    deep_link::scroll_to_linked_step();
}
