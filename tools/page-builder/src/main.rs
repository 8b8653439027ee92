//! Trunk's post-build step. It turns what Trunk staged (a page shell with
//! the stylesheet inlined, the wasm-bindgen glue and the wasm) into one
//! self-contained `index.html`:
//!
//! - the guide pre-rendered into `<div id="app">`, so the page is readable
//!   at once and without JavaScript, and the wasm takes that markup over;
//!   and the same markup, untouched, in `<template id="app-markup">`: a
//!   page saved in use has the user's progress in its `#app`, and the wasm
//!   puts the clean guide back before taking it over (compression makes
//!   this copy nearly free);
//! - the glue and the wasm (one character per byte) in one inline module script at the
//!   end of the body, so nothing is fetched: the file works from disk, from
//!   a saved copy, and in a sandboxed frame whose origin is `null`;
//! - the Content-Security-Policy a host can send, with the hashes of the
//!   inline script and style, printed and written beside the page.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64::prelude::{Engine as _, BASE64_STANDARD};
use leptos::prelude::*;
use sha2::{Digest, Sha256};
use whatsapp_backup_helper::app::App;

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
    if !head.contains("<style>") {
        return Err("the stylesheet was not inlined (rel=\"inline\")".into());
    }
    let app = render_app();
    if app.contains(" style=") {
        return Err("the pre-rendered guide has a style attribute, which a strict CSP blocks".into());
    }
    let loader = loader_script(&glue, &wasm);
    let page = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>{head}</head>\n\
         <body><div id=\"app\">{app}</div><template id=\"app-markup\">{app}</template>\
         <script type=\"module\" id=\"app-loader\">{loader}</script></body>\n</html>\n"
    );
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

/// The glue as it is (an inline module may keep its exports), then its
/// asynchronous start from bytes: `initSync` would compile the whole module
/// on the main thread, which browsers cap for large modules.
fn loader_script(glue: &str, wasm: &[u8]) -> String {
    let wasm = js_byte_string(wasm);
    // In a block of its own, so its names can't clash with the glue's.
    format!(
        "{glue}\n{{\n\
         const text = \"{wasm}\";\n\
         const bytes = new Uint8Array(text.length);\n\
         for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);\n\
         await __wbg_init({{ module_or_path: bytes }});\n\
         }}\n"
    )
}

/// The body of a JavaScript string literal with one character per byte
/// (U+0000 to U+00FF), safe inside an inline `<script>`. Unlike base64, it
/// keeps the bytes aligned, so the page's compression still finds the
/// wasm's repeats (and the guide's text, which is also in the HTML): a
/// fifth fewer bytes over the wire than base64.
fn js_byte_string(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    for &byte in bytes {
        match byte {
            b'\\' => text.push_str("\\\\"),
            b'"' => text.push_str("\\\""),
            b'\n' => text.push_str("\\n"),
            // The HTML parser turns CR into LF and NUL into U+FFFD, and `<`
            // could end the script (`</script>`).
            b'\r' => text.push_str("\\r"),
            0 => text.push_str("\\x00"),
            b'<' => text.push_str("\\x3c"),
            _ => text.push(char::from(byte)),
        }
    }
    text
}

/// The CSP sources that allow each inline element opened by `open` (such as
/// `<script`) and closed by `close`: `'sha256-…'` of its exact content.
fn inline_hashes(page: &str, open: &str, close: &str) -> String {
    let mut sources = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(open) {
        let Some(content_start) = rest[start..].find('>').map(|i| start + i + 1) else { break };
        let Some(length) = rest[content_start..].find(close) else { break };
        let content = &rest[content_start..content_start + length];
        sources.push(format!("'sha256-{}'", BASE64_STANDARD.encode(Sha256::digest(content.as_bytes()))));
        rest = &rest[content_start + length..];
    }
    sources.join(" ")
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

    /// Reads the literal back as JavaScript would.
    fn decode(literal: &str) -> Vec<u8> {
        let mut bytes = Vec::new();
        let mut chars = literal.chars();
        while let Some(c) = chars.next() {
            let c = if c == '\\' {
                match chars.next() {
                    Some('n') => '\n',
                    Some('r') => '\r',
                    Some('x') => {
                        let hex: String = chars.by_ref().take(2).collect();
                        char::from(u8::from_str_radix(&hex, 16).unwrap())
                    }
                    Some(other) => other,
                    None => panic!("a lone backslash at the end"),
                }
            } else {
                c
            };
            bytes.push(u8::try_from(u32::from(c)).unwrap());
        }
        bytes
    }

    #[test]
    fn every_byte_survives_the_string() {
        let all: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        let literal = js_byte_string(&all);
        assert_eq!(decode(&literal), all);
    }

    #[test]
    fn the_string_is_safe_inside_an_inline_script() {
        let literal = js_byte_string(b"</script><!-- \"\\ \r\n \0 \x80\xff");
        for unsafe_char in ['<', '\r', '\n', '\0'] {
            assert!(!literal.contains(unsafe_char), "{unsafe_char:?} in {literal:?}");
        }
        assert!(!literal.replace("\\\\", "").replace("\\\"", "").contains('"'), "an unescaped quote");
    }
}
