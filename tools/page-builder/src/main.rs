//! Trunk's post-build step. It turns what Trunk staged (a page shell with the stylesheet inlined,
//! the wasm-bindgen glue and the wasm) into one self-contained
//! `index.html`:
//!
//! - the shell's head with the guide's language, title and description,
//!   the links to its other languages' pages, and, before the stylesheet,
//!   the words it draws (the tap path's "then", "· done") and the palette
//!   (helper_core::palette);
//! - the guide pre-rendered into `<div id="app">`, so the page is readable
//!   at once and without JavaScript, and the wasm takes that markup over;
//!   and the same markup, untouched, as the text of a data block
//!   (`<script type="text/plain" id="app-markup">`): a page saved in use
//!   has the user's progress in its `#app`, and the wasm puts the clean
//!   guide back before taking it over. As text, the browser only reads it
//!   past and builds no second tree (and compression makes the copy
//!   nearly free);
//! - the wasm (one character per byte, its imports given short names) in a
//!   data block, and the glue
//!   (minified, like the stylesheet) in an inline module script at the end
//!   of the body that reads it, so nothing is fetched: the file works from
//!   disk, from a saved copy, and in a sandboxed frame whose origin is
//!   `null`. The data blocks stand just before the steps, so the top of
//!   the page is painted sooner (the lib's page_file lays the body out);
//! - the Content-Security-Policy a host can send, with the hashes of the
//!   inline scripts and style, printed and written beside the page.
//!
//! The page shell is read and rewritten with lol_html, and the page read
//! back with it for the CSP's hashes.

use std::cell::{Cell, RefCell};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use base64::prelude::{Engine as _, BASE64_STANDARD};
use helper_core::guide::Guide;
use helper_core::language::LanguageLink;
use helper_core::palette;
use helper_core::template::{slots, NoSlots};
use helper_core::text::quoted;
use leptos::prelude::*;
use lol_html::html_content::{ContentType, TextChunk};
use lol_html::{comments, element, rewrite_str, text, RewriteStrSettings};
use sha2::{Digest, Sha256};
use whatsapp_backup_helper::app::App;
use whatsapp_backup_helper::components::{CrashNotice, NoWasmNotice};
use whatsapp_backup_helper::element_id::{
    self, CLEAN_MARKUP, CRASH_NOTICE_TEMPLATE, LOADER, NO_WASM_NOTICE_TEMPLATE, STEPS, WASM_BLOCK,
};
use whatsapp_backup_helper::page_file::page_body;
use whatsapp_backup_helper::page_guide::{guide, languages};

mod byte_text;
mod short_names;
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
    let guide = guide();
    let staging = PathBuf::from(
        std::env::var_os("TRUNK_STAGING_DIR")
            .ok_or("TRUNK_STAGING_DIR is not set: run me from Trunk's post_build hook")?,
    );
    let shell = read_text(&staging.join("index.html"))?;
    let glue_path = staged_file(&staging, ".js")?;
    let wasm_path = staged_file(&staging, "_bg.wasm")?;
    let wasm = fs::read(&wasm_path).map_err(|e| format!("reading {}: {e}", wasm_path.display()))?;
    let short_names::Shortened { wasm, glue } = short_names::shorten(&wasm, &read_text(&glue_path)?)?;

    let app = latin1_markup(&render_app());
    if app.contains(" style=") {
        return Err("the pre-rendered guide has a style attribute, which a strict CSP blocks".into());
    }
    let data_blocks = format!(
        "<script type=\"{TEXT_BLOCK}\" id=\"{CLEAN_MARKUP}\">{}</script>\
         <script type=\"{TEXT_BLOCK}\" id=\"{WASM_BLOCK}\">{}</script>",
        data_block_text(&app)?,
        byte_text::text(&wasm),
    );
    let loader = format!(
        "{}<script type=\"module\" id=\"{LOADER}\">{}</script>",
        loader_notices(),
        loader_script(&glue)?
    );
    let body = page_body(&app, &data_blocks, &loader)
        .ok_or(format!("the pre-rendered guide has no <div id=\"{STEPS}\"> to put the data blocks before"))?;
    let page = page(&shell, guide, &body)?;
    if let Some(wide) = page.chars().find(|&c| c > '\u{ff}') {
        return Err(format!("{wide:?} in the page's head or scripts: write it as ASCII"));
    }
    write(&staging.join("index.html"), &page)?;
    for staged in [&glue_path, &wasm_path] {
        fs::remove_file(staged).map_err(|e| format!("removing {}: {e}", staged.display()))?;
    }

    let hashes = InlineHashes::of(&page)?;
    let csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; img-src 'self' data:",
        hashes.scripts.join(" "),
        hashes.styles.join(" "),
    );
    write(&staging.join(CSP_FILE), &format!("{csp}\n"))?;
    Ok(csp)
}

/// What the loader shows if the wasm stops or cannot run (start.js), kept
/// inert in `<template>`s until then, so their words come from the guide.
fn loader_notices() -> String {
    let template =
        |id: &str, notice: String| format!("<template id=\"{id}\">{}</template>", latin1_markup(&notice));
    let crash = Owner::new().with(|| view! { <CrashNotice/> }.to_html());
    let no_wasm = Owner::new().with(|| view! { <NoWasmNotice/> }.to_html());
    template(CRASH_NOTICE_TEMPLATE, crash) + &template(NO_WASM_NOTICE_TEMPLATE, no_wasm)
}

/// The guide as HTML, exactly as the wasm's first render will expect it.
fn render_app() -> String {
    Owner::new().with(|| view! { <App/> }.to_html())
}

/// The page: the shell Trunk staged, with the guide's language, title and
/// description, its notes and Trunk's leftover tags gone, its inline style
/// and script minified, and `body` in its body.
fn page(shell: &str, guide: &Guide, body: &str) -> Result<String, String> {
    let count = guide.numbers.integer(guide.steps.len() as u64);
    let alternates = alternates(languages());
    // As character references above U+00FF, like the rest of the page.
    let title = latin1_markup(&escape(&guide.meta.title.fill(NoSlots)));
    let description = latin1_markup(&escape(&guide.meta.description.fill(slots::Count { count: &count })));
    let style_before = format!("{}{}", drawn_words(guide), palette::stylesheet());
    let (style, script) = (RefCell::new(String::new()), RefCell::new(String::new()));
    let inlined = Cell::new(false);
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(comments!("*", |comment| {
            comment.remove();
            Ok(())
        }))
        .append_element_content_handler(element!("link[data-trunk]", |link| {
            link.remove();
            Ok(())
        }))
        .append_element_content_handler(element!("html", |html| {
            html.set_attribute("lang", &guide.meta.lang)?;
            html.set_attribute("dir", guide.meta.dir.as_str())?;
            Ok(())
        }))
        .append_element_content_handler(element!("title", |element| {
            element.set_inner_content(&title, ContentType::Html);
            element.after(&alternates, ContentType::Html);
            Ok(())
        }))
        .append_element_content_handler(element!("meta[name=description]", |meta| {
            meta.replace(
                &format!("<meta name=\"description\" content=\"{description}\">"),
                ContentType::Html,
            );
            Ok(())
        }))
        .append_element_content_handler(element!("body", |element| {
            element.set_inner_content(body, ContentType::Html);
            Ok(())
        }))
        .append_element_content_handler(text!("head style", |chunk| {
            inlined.set(true);
            minified_in_place(chunk, &style, |css| minify(&format!("{style_before}{css}"), "css", &[]))
        }))
        .append_element_content_handler(text!("head script", |chunk| {
            minified_in_place(chunk, &script, |js| minify(js, "js", &[]))
        }));
    let page = rewrite_str(shell, settings).map_err(|e| format!("rewriting the page shell: {e}"))?;
    if !inlined.get() {
        return Err("the stylesheet was not inlined (rel=\"inline\")".into());
    }
    Ok(page)
}

/// The page in every language, for search engines and browsers: one
/// `<link rel="alternate" hreflang>` each, and the first as the default.
fn alternates(languages: &[LanguageLink]) -> String {
    let link =
        |lang: &str, href: &str| format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">");
    let mut links: String = languages.iter().map(|language| link(&language.lang, &language.href)).collect();
    links.extend(languages.first().map(|first| link("x-default", &first.href)));
    links
}

/// Adds `chunk` to what `buffer` has gathered of its element's text, and
/// returns all of it (emptying the buffer) once the chunk is the last.
fn gathered(buffer: &RefCell<String>, chunk: &TextChunk) -> Option<String> {
    let mut buffer = buffer.borrow_mut();
    buffer.push_str(chunk.as_str());
    chunk.last_in_text_node().then(|| std::mem::take(&mut *buffer))
}

/// Gathers an element's text chunk by chunk into `buffer`, removing each,
/// and puts the text made from all of it by `minified` in place of the last.
fn minified_in_place(
    chunk: &mut TextChunk,
    buffer: &RefCell<String>,
    minified: impl FnOnce(&str) -> Result<String, String>,
) -> lol_html::HandlerResult {
    match gathered(buffer, chunk) {
        Some(whole) => chunk.replace(minified(&whole)?.trim_end(), ContentType::Html),
        None => chunk.remove(),
    }
    Ok(())
}

/// The words the stylesheet draws after elements, as custom properties
/// the stylesheet reads (style/main.css): they are the guide's words too.
fn drawn_words(guide: &Guide) -> String {
    format!(
        ":root{{--path-then:{};--marked-done:{};--marked-skipped:{}}}\n",
        css_string(&guide.numbers.path_then),
        css_string(&guide.step.marked_done),
        css_string(&guide.step.marked_skipped),
    )
}

/// `text` as a CSS string, anything outside printable ASCII as a CSS escape.
fn css_string(text: &str) -> String {
    quoted(text, |c| format!("\\{:x} ", u32::from(c)))
}

/// `text` as HTML text or attribute value: the characters that markup gives a meaning escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
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

/// The type of the script elements that hold the clean guide and the
/// wasm: not JavaScript, so the browser keeps them as text
/// and never runs them (data blocks).
const TEXT_BLOCK: &str = "text/plain";

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
    let code = format!("{glue}\nconst TEXT_DECODER = new Uint8Array([{}]);\n{start}", decoder.join(","));
    // start.js names the page's elements as `APP_ID` and the like: esbuild
    // puts each id in place as a string, as if the script spelled it.
    let defines: Vec<String> =
        element_id::ALL.iter().map(|(name, id)| format!("--define:{name}_ID=\"{id}\"")).collect();
    minify(&code, "js", &defines)
}

/// Minifies JavaScript or CSS (`loader`) with esbuild, which the set-up
/// script installs from npm into the project's node_modules, with more of
/// its `options`.
fn minify(code: &str, loader: &str, options: &[String]) -> Result<String, String> {
    let esbuild = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../node_modules/.bin/esbuild");
    let mut child = Command::new(&esbuild)
        .args(["--minify", "--log-level=warning", &format!("--loader={loader}")])
        .args(options)
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

/// The CSP sources that allow the page's inline scripts and styles:
/// `'sha256-…'` of each one's exact text. Data blocks are left out: a CSP
/// governs only what runs.
#[derive(Debug, Default, PartialEq)]
struct InlineHashes {
    scripts: Vec<String>,
    styles: Vec<String>,
}

impl InlineHashes {
    fn of(page: &str) -> Result<InlineHashes, String> {
        let hashes = RefCell::new(InlineHashes::default());
        let (script, style) = (RefCell::new(String::new()), RefCell::new(String::new()));
        let settings = RewriteStrSettings::new()
            // Only what runs: a script with no type, or a module.
            .append_element_content_handler(text!("script:not([type]), script[type=module]", |chunk| {
                hashes.borrow_mut().scripts.extend(gathered(&script, chunk).map(|text| csp_hash(&text)));
                Ok(())
            }))
            .append_element_content_handler(text!("style", |chunk| {
                hashes.borrow_mut().styles.extend(gathered(&style, chunk).map(|text| csp_hash(&text)));
                Ok(())
            }));
        rewrite_str(page, settings).map_err(|e| format!("reading the page for its CSP: {e}"))?;
        Ok(hashes.into_inner())
    }
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

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> &'static Guide {
        guide()
    }

    /// Reads the text back with the decoder that ships (text_decoder),
    /// run as the browser runs it: the text written into its memory as
    /// UTF-8, then `decode`.
    fn decode(text: &str) -> Vec<u8> {
        use wasmi::{Engine, Linker, Memory, Module, Store, TypedFunc};
        let engine = Engine::default();
        let module = Module::new(&engine, &text_decoder::module()[..]).expect("the decoder compiles");
        let mut store = Store::new(&engine, ());
        let instance = Linker::<()>::new(&engine)
            .instantiate(&mut store, &module)
            .and_then(|pre| pre.start(&mut store))
            .expect("an instance");
        let memory: Memory = instance.get_memory(&store, "memory").expect("its memory");
        let decode: TypedFunc<i32, i32> = instance.get_typed_func(&store, "decode").expect("decode");
        let utf8 = text.as_bytes();
        memory.grow(&mut store, (utf8.len() as u64).div_ceil(65536)).expect("room for the text");
        memory.write(&mut store, 0, utf8).expect("the text written");
        let length = decode.call(&mut store, utf8.len() as i32).expect("decoded");
        memory.data(&store)[..length as usize].to_vec()
    }

    #[test]
    fn the_decoder_that_ships_reads_every_byte_back() {
        let all: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        assert_eq!(decode(&byte_text::text(&all)), all);
        assert_eq!(decode(""), b"");
    }

    #[test]
    fn characters_above_latin1_become_references() {
        assert_eq!(
            latin1_markup("<p title=\"“a”\">é › b</p>"),
            "<p title=\"&#8220;a&#8221;\">é &#8250; b</p>"
        );
    }

    #[test]
    fn the_shell_gets_the_guides_language_title_and_words_and_loses_its_notes() {
        let shell = "<!doctype html><html lang=\"xx\"><head><title></title>\
                     <meta name=\"description\" content=\"\"><!-- a note -->\
                     <link data-trunk rel=\"rust\"><style>p { color: red; }</style>\
                     <script>let a = 1;</script></head><body></body></html>";
        let page = page(shell, english(), "<p>Body</p>").expect("a page");
        assert!(page.starts_with("<!doctype html><html lang=\"en\" dir=\"ltr\"><head>"), "{page}");
        assert!(
            page.contains("<title>WhatsApp backup to iCloud failed or stuck? Fix it step by step</title>")
        );
        let fixes = format!("content=\"{} fixes, in order,", english().steps.len());
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"de/index.html\">"), "{page}");
        assert!(
            page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"index.html\">"),
            "{page}"
        );
        assert!(page.contains(&fixes), "the count is derived");
        assert!(!page.contains("a note") && !page.contains("data-trunk"));
        assert!(page.contains("--path-then:\", then \"") && page.contains("p{color:red}"), "{page}");
        assert!(page.contains("<script>let a=1;</script>"), "{page}");
        assert!(page.ends_with("<body><p>Body</p></body></html>"), "{page}");
    }

    #[test]
    fn head_texts_are_escaped_and_latin1() {
        assert_eq!(
            latin1_markup(&escape("“A” & <b> \"c\"")),
            "&#8220;A&#8221; &amp; &lt;b&gt; &quot;c&quot;"
        );
    }

    #[test]
    fn css_strings_are_quoted_and_escaped() {
        assert_eq!(css_string(" · done"), "\" \\b7  done\"");
        assert_eq!(css_string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
    }

    #[test]
    fn markup_that_would_break_out_of_a_data_block_stops_the_build() {
        assert_eq!(data_block_text("<p>Step <!>1</p>"), Ok("<p>Step <!>1</p>"));
        for markup in ["<p></SCRIPT></p>", "<p><!-- a --></p>"] {
            assert!(data_block_text(markup).is_err(), "{markup}");
        }
    }

    #[test]
    fn the_csp_leaves_out_the_data_blocks_but_not_the_scripts() {
        let page = format!(
            "<head><script>a</script><style>s</style></head><body>\
             <script type=\"{TEXT_BLOCK}\" id=\"{WASM_BLOCK}\">b</script>\
             <script type=\"module\">c</script></body>"
        );
        assert_eq!(
            InlineHashes::of(&page),
            Ok(InlineHashes { scripts: vec![csp_hash("a"), csp_hash("c")], styles: vec![csp_hash("s")] })
        );
    }

    #[test]
    fn the_loaders_notices_are_inert_until_it_shows_one() {
        let templates = loader_notices();
        assert!(templates.starts_with(&format!("<template id=\"{CRASH_NOTICE_TEMPLATE}\">")), "{templates}");
        assert!(
            templates.contains(&format!("</template><template id=\"{NO_WASM_NOTICE_TEMPLATE}\">")),
            "{templates}"
        );
        assert!(
            templates.contains("Something went wrong") && templates.contains("Reload the page"),
            "{templates}"
        );
        assert!(templates.contains("Lockdown Mode"), "{templates}");
    }
}
