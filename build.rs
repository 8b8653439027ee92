//! Compiles one language's guide into the page. Reads every language's
//! content file, checks each and checks that they all say the same things
//! (a problem stops the build, and says where it is), and writes the
//! guide of `GUIDE_LANGUAGE` (the first language when unset), reading
//! every language's unit names, the links to every language's page, and the screens the pictures
//! of its tap paths draw (content/screens.toml, checked against every path) as Rust expressions that
//! src/page_guide.rs makes `static`s, so the page reads its words as plain
//! data, with no code to parse them at start.

use std::path::Path;
use std::process::exit;

use helper_core::content_check::{read_languages, read_screens};
use helper_core::language::{links_from, read_every_languages_units};
use helper_core::rust_literal::to_rust;
use helper_core::text::List;

const CONTENT_FOLDER: &str = "content";

fn main() {
    println!("cargo::rerun-if-changed={CONTENT_FOLDER}");
    println!("cargo::rerun-if-env-changed=GUIDE_LANGUAGE");
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let mut guides = read_languages(&Path::new(&root).join(CONTENT_FOLDER))
        .unwrap_or_else(|error| stop(&error.to_string()));
    // Sizes typed on one language's page read on every other.
    read_every_languages_units(&mut guides);
    let screens = read_screens(&Path::new(&root).join(CONTENT_FOLDER), &mut guides)
        .unwrap_or_else(|error| stop(&error.to_string()));
    let wanted = std::env::var("GUIDE_LANGUAGE").unwrap_or_else(|_| guides[0].meta.lang.to_string());
    let Some(index) = guides.iter().position(|guide| guide.meta.lang.as_str() == wanted) else {
        stop(&format!("GUIDE_LANGUAGE={wanted} is not in languages.toml"))
    };
    let guide = &guides[index];
    // A label not yet checked against Apple's or WhatsApp's own pages is
    // built, and named, so someone checks it on a device.
    for label in guide.labels.iter().filter(|label| !label.confirmed) {
        println!(
            "cargo::warning={CONTENT_FOLDER}/{wanted}.toml: the label {:?} ({}) is not confirmed",
            label.text.as_str(),
            label.key
        );
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).to_owned();
    let links = List::from(links_from(&guides, index));
    let files =
        [("guide.rs", to_rust(guide)), ("languages.rs", to_rust(&links)), ("screens.rs", to_rust(&screens))];
    for (name, rust) in files {
        let rust = rust.unwrap_or_else(|error| stop(&format!("writing it as Rust: {error}")));
        let path = out.join(name);
        std::fs::write(&path, rust)
            .unwrap_or_else(|error| stop(&format!("writing {}: {error}", path.display())));
    }
}

fn stop(problems: &str) -> ! {
    eprintln!("{CONTENT_FOLDER}/:\n{problems}");
    exit(1)
}
