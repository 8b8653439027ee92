//! Bytes as text, one character (U+0000 to U+00FF) per byte, for the data
//! block that carries the wasm inside the page. Unlike
//! base64, it keeps the bytes aligned, so the page's compression still
//! finds their repeats (and the guide's text, which is also in the HTML):
//! a fifth fewer bytes over the wire.
//!
//! NUL and CR, which the parser would change, are common in wasm: NUL
//! most of all. Each first trades places with a control character the
//! wasm hardly uses (0x1F and 0x19), so the text needs 9% fewer characters
//! for the browser to decode and read past, with no change to the bytes
//! that match the guide's text. What is still escaped, as the mark and the
//! character XOR 0x40: NUL (read as U+FFFD), CR (read as LF), `<` (which
//! could end the element) and the mark itself.
//!
//! The loader reads it back with a tiny wasm module that follows the same
//! rules (text_decoder.rs), tested here against them.

/// The escape mark, `~`.
pub const ESCAPE: u8 = b'~';

/// What the character after the mark is XORed with: the escaped NUL, CR,
/// `<` and mark become `@`, `M`, `|` and `>`.
pub const ESCAPED_XOR: u8 = 0x40;

/// The trades that keep NUL and CR out of the text; its own inverse.
pub fn swapped(byte: u8) -> u8 {
    match byte {
        0 => 0x1F,
        0x1F => 0,
        b'\r' => 0x19,
        0x19 => b'\r',
        other => other,
    }
}

pub fn text(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() * 9 / 8);
    for &byte in bytes {
        let code = swapped(byte);
        if matches!(code, 0 | b'\r' | b'<' | ESCAPE) {
            text.push(char::from(ESCAPE));
            text.push(char::from(code ^ ESCAPED_XOR));
        } else {
            text.push(char::from(code));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_safe_inside_a_script_element() {
        let text = text(b"</script><!-- \r\n \0 ~@ \x19\x1f \x80\xff");
        for unsafe_char in ['<', '\r', '\0'] {
            assert!(!text.contains(unsafe_char), "{unsafe_char:?} in {text:?}");
        }
    }
}
