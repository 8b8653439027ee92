//! Compiles the guide into the page. Reads the content file, checks it
//! (a problem stops the build, and says where it is), and writes it as a
//! Rust expression that src/guide_static.rs makes a `static`, so the page
//! reads its words as plain data, with no code to parse them at start.

use std::path::Path;
use std::process::exit;

use helper_core::guide::Guide;
use helper_core::rust_literal::to_rust;

const CONTENT_FILE: &str = "content/en.toml";

fn main() {
    println!("cargo::rerun-if-changed={CONTENT_FILE}");
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let path = Path::new(&root).join(CONTENT_FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| stop(&format!("reading it: {error}")));
    let guide = Guide::from_toml(&text).unwrap_or_else(|error| stop(&error.to_string()));
    // A label not yet checked against Apple's or WhatsApp's own pages is
    // built, and named, so someone checks it on a device.
    for label in guide.labels.iter().filter(|label| !label.confirmed) {
        println!(
            "cargo::warning={CONTENT_FILE}: the label {:?} ({}) is not confirmed",
            label.text.as_str(),
            label.key
        );
    }
    let rust = to_rust(&guide).unwrap_or_else(|error| stop(&format!("writing it as Rust: {error}")));
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("guide.rs");
    std::fs::write(&out, rust).unwrap_or_else(|error| stop(&format!("writing {}: {error}", out.display())));
}

fn stop(problems: &str) -> ! {
    eprintln!("{CONTENT_FILE}:\n{problems}");
    exit(1)
}
