//! Trunk's post-build step. It turns what Trunk staged (a page shell with
//! the stylesheet inlined, the wasm-bindgen glue and the wasm) into one
//! self-contained `index.html`:
//!
//! - the guide pre-rendered into `<div id="app">`, so the page is readable
//!   at once and without JavaScript, and the wasm takes that markup over;
//!   and the same markup, untouched, as the text of a data block
//!   (`<script type="text/plain" id="app-markup">`): a page saved in use
//!   has the user's progress in its `#app`, and the wasm puts the clean
//!   guide back before taking it over. As text, the browser only reads it
//!   past and builds no second tree (and compression makes the copy
//!   nearly free);
//! - the wasm (one character per byte) in a data block, and the glue
//!   (minified, like the stylesheet) in an inline module script at the end
//!   of the body that reads it, so nothing is fetched: the file works from
//!   disk, from a saved copy, and in a sandboxed frame whose origin is
//!   `null`. Both data blocks stand just before the steps, so the top of
//!   the page is painted sooner (the lib's page_file lays the file out);
//! - the Content-Security-Policy a host can send, with the hashes of the
//!   inline script and style, printed and written beside the page.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use base64::prelude::{Engine as _, BASE64_STANDARD};
use leptos::prelude::*;
use sha2::{Digest, Sha256};
use whatsapp_backup_helper::app::App;
use whatsapp_backup_helper::page_file::page_file;

mod text_decoder;

const CSP_FILE: &str = "content-security-policy.txt";

fn main() -> ExitCode {
    match build() {
        Ok(csp) => {
            println!("Content-Security-Policy: {csp}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("page-builder: {message}");
            ExitCode::FAILURE
        }
    }
}

fn build() -> Result<String, String> {
    let staging = PathBuf::from(
        std::env::var_os("TRUNK_STAGING_DIR")
            .ok_or("TRUNK_STAGING_DIR is not set: run me from Trunk's post_build hook")?,
    );
    let shell = read_text(&staging.join("index.html"))?;
    let glue_path = staged_file(&staging, ".js")?;
    let wasm_path = staged_file(&staging, "_bg.wasm")?;
    let glue = read_text(&glue_path)?;
    let wasm = fs::read(&wasm_path).map_err(|e| format!("reading {}: {e}", wasm_path.display()))?;

    let head = between(&shell, "<head>", "</head>").ok_or("the page shell has no <head>")?;
    let head = without_build_notes(head);
    let head = minify_inline(&head, "<style>", "</style>", "css")?;
    let head = minify_inline(&head, "<script>", "</script>", "js")?;
    if !head.contains("<style>") {
        return Err("the stylesheet was not inlined (rel=\"inline\")".into());
    }
    let app = latin1_markup(&render_app());
    if app.contains(" style=") {
        return Err("the pre-rendered guide has a style attribute, which a strict CSP blocks".into());
    }
    let markup = data_block_text(&app)?;
    let wasm = byte_text(&wasm);
    let data_blocks = format!(
        "<script type=\"{DATA_TYPE}\" id=\"app-markup\">{markup}</script>\
         <script type=\"{DATA_TYPE}\" id=\"app-wasm\">{wasm}</script>"
    );
    let loader = format!("<script type=\"module\" id=\"app-loader\">{}</script>", loader_script(&glue)?);
    let page = page_file(&format!("<head>{head}</head>"), &app, &data_blocks, &loader)
        .ok_or("the pre-rendered guide has no <div id=\"steps\"> to put the data blocks before")?;
    if let Some(wide) = page.chars().find(|&c| c > '\u{ff}') {
        return Err(format!("{wide:?} in the page's head or scripts: write it as ASCII"));
    }
    write(&staging.join("index.html"), &page)?;
    for staged in [&glue_path, &wasm_path] {
        fs::remove_file(staged).map_err(|e| format!("removing {}: {e}", staged.display()))?;
    }

    let csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; img-src 'self' data:",
        inline_hashes(&page, "<script", "</script>"),
        inline_hashes(&page, "<style", "</style>"),
    );
    write(&staging.join(CSP_FILE), &format!("{csp}\n"))?;
    Ok(csp)
}

/// The guide as HTML, exactly as the wasm's first render will expect it.
fn render_app() -> String {
    Owner::new().with(|| view! { <App/> }.to_html())
}

/// `markup` with each character above U+00FF written as a character
/// reference (`“` as `&#8220;`), which reads the same. The whole page is
/// then Latin-1 text, which the browser decodes sooner and keeps at one
/// byte per character, the wasm's 260,000-character data block included.
fn latin1_markup(markup: &str) -> String {
    let mut result = String::with_capacity(markup.len());
    for c in markup.chars() {
        if c > '\u{ff}' {
            result.push_str(&format!("&#{};", u32::from(c)));
        } else {
            result.push(c);
        }
    }
    result
}

/// The type of the script elements that hold the clean guide and the wasm:
/// not JavaScript, so the browser keeps them as text and never runs them
/// (data blocks).
const DATA_TYPE: &str = "text/plain";

/// `text` as it may stand in a data block, whose text ends at the first
/// `</script` and is read differently after a `<!--`.
fn data_block_text(text: &str) -> Result<&str, String> {
    let lower = text.to_ascii_lowercase();
    match ["</script", "<!--"].into_iter().find(|mark| lower.contains(mark)) {
        Some(mark) => {
            Err(format!("the pre-rendered guide contains {mark:?}, which a data block cannot hold"))
        }
        None => Ok(text),
    }
}

/// The glue as it is (an inline module may keep its exports), the text
/// decoder's bytes, then start.js: the guard that tells the user if the
/// wasm ever stops, and the glue's asynchronous start from the bytes
/// (`initSync` would compile the whole module on the main thread, which
/// browsers cap for large modules).
fn loader_script(glue: &str) -> Result<String, String> {
    let decoder: Vec<String> = text_decoder::module().iter().map(u8::to_string).collect();
    // start.js is a block of its own, so its names can't clash with the glue's.
    let start = include_str!("start.js");
    minify(&format!("{glue}\nconst TEXT_DECODER = new Uint8Array([{}]);\n{start}", decoder.join(",")), "js")
}

/// The page shell's head without the notes for the source's readers and
/// what Trunk leaves of its own tags, which a browser would read for nothing.
fn without_build_notes(head: &str) -> String {
    without(&without(head, "<!--", "-->"), "<link data-trunk", ">")
}

/// `text` without anything from `open` to the next `close`.
fn without(text: &str, open: &str, close: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        result.push_str(&rest[..start]);
        rest = rest[start..].find(close).map_or("", |end| &rest[start + end + close.len()..]);
    }
    result.push_str(rest);
    result
}

/// `text` with the content of every `open`…`close` element minified.
fn minify_inline(text: &str, open: &str, close: &str, loader: &str) -> Result<String, String> {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let content_start = start + open.len();
        let length = rest[content_start..].find(close).ok_or(format!("{open} is never closed"))?;
        result.push_str(&rest[..content_start]);
        result.push_str(minify(&rest[content_start..content_start + length], loader)?.trim_end());
        rest = &rest[content_start + length..];
    }
    result.push_str(rest);
    Ok(result)
}

/// Minifies JavaScript or CSS (`loader`) with esbuild, which the set-up
/// script installs from npm into the project's node_modules.
fn minify(code: &str, loader: &str) -> Result<String, String> {
    let esbuild = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin/esbuild");
    let mut child = Command::new(&esbuild)
        .args(["--minify", "--log-level=warning", &format!("--loader={loader}")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("running {} ({e}): run ./scripts/serve, which installs it", esbuild.display())
        })?;
    let mut stdin = child.stdin.take().ok_or("esbuild has no input")?;
    let input = code.to_owned();
    // Written from a thread, so a large output can't block the input.
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| format!("esbuild: {e}"))?;
    writer.join().map_err(|_| "esbuild's input failed")?.map_err(|e| format!("esbuild's input: {e}"))?;
    if !output.status.success() {
        return Err(format!("esbuild could not minify the {loader}"));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("esbuild's output: {e}"))
}

/// The bytes as text, one character (U+0000 to U+00FF) per byte, for the
/// wasm's data block. Unlike base64, it keeps the bytes aligned, so the
/// page's compression still finds the wasm's repeats (and the guide's text,
/// which is also in the HTML): a fifth fewer bytes over the wire.
///
/// NUL and CR, which the parser would change, are common in wasm: NUL
/// most of all. Each first trades places with a control character the
/// wasm hardly uses (0x1F and 0x19), so the text needs 9% fewer characters
/// for the browser to decode and read past, with no change to the bytes
/// that match the guide's text. What is still escaped, as the mark and the
/// character XOR 0x40: NUL (read as U+FFFD), CR (read as LF), `<` (which
/// could end the element) and the mark itself. start.js reads it back with
/// text_decoder.
fn byte_text(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 9 / 8);
    for &byte in bytes {
        let code = swapped(byte);
        if matches!(code, 0 | b'\r' | b'<' | BYTE_TEXT_ESCAPE) {
            text.push(char::from(BYTE_TEXT_ESCAPE));
            text.push(char::from(code ^ BYTE_TEXT_ESCAPED_XOR));
        } else {
            text.push(char::from(code));
        }
    }
    text
}

/// The escape mark, `~`.
const BYTE_TEXT_ESCAPE: u8 = b'~';

/// What the character after the mark is XORed with: the escaped NUL, CR,
/// `<` and mark become `@`, `M`, `|` and `>`.
const BYTE_TEXT_ESCAPED_XOR: u8 = 0x40;

/// The trades that keep NUL and CR out of the text; its own inverse.
fn swapped(byte: u8) -> u8 {
    match byte {
        0 => 0x1F,
        0x1F => 0,
        b'\r' => 0x19,
        0x19 => b'\r',
        other => other,
    }
}

/// The CSP sources that allow each inline element opened by `open` (such as
/// `<script`) and closed by `close`: `'sha256-…'` of its exact content. Data
/// blocks are skipped: a CSP governs only what runs.
fn inline_hashes(page: &str, open: &str, close: &str) -> String {
    let data_block = format!("type=\"{DATA_TYPE}\"");
    let mut sources = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(open) {
        let Some(content_start) = rest[start..].find('>').map(|i| start + i + 1) else { break };
        let Some(length) = rest[content_start..].find(close) else { break };
        let content = &rest[content_start..content_start + length];
        if !rest[start..content_start].contains(&data_block) {
            sources.push(csp_hash(content));
        }
        rest = &rest[content_start + length..];
    }
    sources.join(" ")
}

/// The CSP source that allows an inline element whose content is `content`.
fn csp_hash(content: &str) -> String {
    format!("'sha256-{}'", BASE64_STANDARD.encode(Sha256::digest(content.as_bytes())))
}

/// The one file in the staging folder whose name ends with `suffix`.
fn staged_file(staging: &Path, suffix: &str) -> Result<PathBuf, String> {
    let entries = fs::read_dir(staging).map_err(|e| format!("reading {}: {e}", staging.display()))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.file_name().and_then(|name| name.to_str()).is_some_and(|name| name.ends_with(suffix))
        })
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!("expected one *{suffix} in {}, found {n}", staging.display())),
    }
}

/// The text between the first `start` tag and the following `end` tag.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = from + text[from..].find(end)?;
    Some(&text[from..to])
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the text back by the rules text_decoder follows.
    fn decode(text: &str) -> Vec<u8> {
        let mut codes = text.chars().map(|c| u8::try_from(u32::from(c)).expect("a character above U+00FF"));
        let mut bytes = Vec::new();
        while let Some(code) = codes.next() {
            let code = if code == BYTE_TEXT_ESCAPE {
                codes.next().expect("a lone escape at the end") ^ BYTE_TEXT_ESCAPED_XOR
            } else {
                code
            };
            bytes.push(swapped(code));
        }
        bytes
    }

    #[test]
    fn every_byte_survives_the_text() {
        let all: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        assert_eq!(decode(&byte_text(&all)), all);
    }

    #[test]
    fn the_text_is_safe_inside_a_script_element() {
        let text = byte_text(b"</script><!-- \r\n \0 ~@ \x19\x1f \x80\xff");
        for unsafe_char in ['<', '\r', '\0'] {
            assert!(!text.contains(unsafe_char), "{unsafe_char:?} in {text:?}");
        }
    }

    #[test]
    fn characters_above_latin1_become_references() {
        assert_eq!(
            latin1_markup("<p title=\"“a”\">é › b</p>"),
            "<p title=\"&#8220;a&#8221;\">é &#8250; b</p>"
        );
    }

    #[test]
    fn build_notes_leave_the_head() {
        let head = "<title>t</title>\n  <!-- a note -->\n  <link data-trunk rel=\"rust\">\n<meta x>";
        assert_eq!(without_build_notes(head), "<title>t</title>\n  \n  \n<meta x>");
    }

    #[test]
    fn markup_that_would_break_out_of_a_data_block_stops_the_build() {
        assert_eq!(data_block_text("<p>Step <!>1</p>"), Ok("<p>Step <!>1</p>"));
        for markup in ["<p></SCRIPT></p>", "<p><!-- a --></p>"] {
            assert!(data_block_text(markup).is_err(), "{markup}");
        }
    }

    #[test]
    fn the_csp_leaves_out_the_wasm_but_not_the_scripts() {
        let page = format!(
            "<script>a</script><script type=\"{DATA_TYPE}\" id=\"app-wasm\">b</script><script type=\"module\">c</script>"
        );
        assert_eq!(
            inline_hashes(&page, "<script", "</script>"),
            format!("{} {}", csp_hash("a"), csp_hash("c"))
        );
    }
}
