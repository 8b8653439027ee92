//! The page as one HTML file: its head, the guide pre-rendered in `#app`,
//! the data blocks (the clean guide and the wasm, kept as text) and, at
//! the end, the loader with what it shows. The build writes it (tools/page-builder) and "Save for offline use" writes
//! it again from the running page (offline_copy), both here, so the two
//! files are laid out alike.
//!
//! The data blocks stand inside the guide, just before the steps, rather
//! than after it. Chromium reads a long page in slices of about 10 ms and
//! paints between them; the wasm's block alone takes it several
//! milliseconds, so it ends the first slice, and the header and the
//! progress are painted before the browser reads the steps, instead of
//! after it has read the whole file. The loader moves the blocks out of
//! `#app` before the wasm takes the guide over (page-builder's start.js).

use crate::element_id::{APP, STEPS};

/// The page's body: the guide pre-rendered (`app`) with the data blocks
/// (whole `<script>` elements) before its steps, then `loader`, the
/// elements that end the body. None if `app` has no steps to put the data
/// blocks before.
pub fn page_body(app: &str, data_blocks: &str, loader: &str) -> Option<String> {
    // Where the steps begin. Not str::find, whose searcher would add a
    // kilobyte to the wasm.
    let steps_start = format!("<div id=\"{STEPS}\"");
    let start =
        app.as_bytes().windows(steps_start.len()).position(|window| window == steps_start.as_bytes())?;
    let (top, steps) = app.split_at(start);
    Some(format!("<div id=\"{APP}\">{top}{data_blocks}{steps}</div>{loader}"))
}

/// The whole page, saved to stand alone, in the language `lang`, written
/// in direction `dir`, with `head` (the whole `<head>` element) and the
/// body's parts as [`page_body`] takes them. It is marked `single-file`:
/// the links of its language menu lead to pages that are not beside it,
/// so the stylesheet hides the menu.
pub fn page_file(
    lang: &str,
    dir: &str,
    head: &str,
    app: &str,
    data_blocks: &str,
    loader: &str,
) -> Option<String> {
    let body = page_body(app, data_blocks, loader)?;
    Some(format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\" class=\"single-file\">\n{head}\n<body>{body}</body>\n</html>\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUIDE: &str = "<header>Top</header><main><section>Progress</section>\
                       <div id=\"steps\"><section>Step 1</section></div></main>";

    #[test]
    fn the_data_blocks_come_before_the_steps_and_the_loader_last() {
        let page = page_file(
            "en",
            "ltr",
            "<head></head>",
            GUIDE,
            "<script>data</script>",
            "<script>loader</script>",
        );
        assert_eq!(
            page.as_deref(),
            Some(
                "<!doctype html>\n<html lang=\"en\" dir=\"ltr\" class=\"single-file\">\n<head></head>\n<body><div id=\"app\">\
                 <header>Top</header><main><section>Progress</section><script>data</script>\
                 <div id=\"steps\"><section>Step 1</section></div></main></div>\
                 <script>loader</script></body>\n</html>\n"
            )
        );
    }

    #[test]
    fn a_guide_without_steps_makes_no_page() {
        assert_eq!(page_file("en", "ltr", "<head></head>", "<main></main>", "<script></script>", ""), None);
    }
}
