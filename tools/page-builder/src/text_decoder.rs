//! A tiny wasm module that reads the wasm's data block back into bytes.
//!
//! Read character by character in JavaScript, the 260,000-character block
//! took ~15 ms at load on a phone-speed CPU, the loop running unoptimized.
//! Instead the browser writes the text into this module's memory as UTF-8
//! (`TextEncoder.encodeInto`, native), and `decode` turns it back into the
//! bytes in one compiled pass, in place. Its rules are those of
//! byte_text.rs, inverted: UTF-8 back to one character per byte, `~X`
//! back to X XOR 0x40, and the trades undone.
//!
//! Exports: `memory`, which start.js grows to fit the UTF-8, and
//! `decode(length) -> length`, the bytes' count, written from address 0.

use wasm_encoder::{
    BlockType, CodeSection, ExportKind, ExportSection, Function, FunctionSection, InstructionSink, MemArg,
    MemorySection, MemoryType, Module, TypeSection, ValType,
};

use crate::byte_text::{swapped, ESCAPE, ESCAPED_XOR};

// `decode`'s parameter and locals.
const LENGTH: u32 = 0;
/// Where the next UTF-8 byte is read.
const READ: u32 = 1;
/// Where the next byte is written: never past READ, so in place is safe.
const WRITE: u32 = 2;
/// The character just read.
const CODE: u32 = 3;
/// The byte it stands for.
const BYTE: u32 = 4;

pub fn module() -> Vec<u8> {
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32], [ValType::I32]);
    let mut functions = FunctionSection::new();
    functions.function(0);
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: 0,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut exports = ExportSection::new();
    exports.export("decode", ExportKind::Func, 0).export("memory", ExportKind::Memory, 0);
    let mut code = CodeSection::new();
    code.function(&decode());
    let mut module = Module::new();
    module.section(&types).section(&functions).section(&memories).section(&exports).section(&code);
    module.finish()
}

fn decode() -> Function {
    let mut function = Function::new([(4, ValType::I32)]);
    let mut body = function.instructions();
    body.block(BlockType::Empty).loop_(BlockType::Empty);
    // Done once every UTF-8 byte is read.
    body.local_get(READ).local_get(LENGTH).i32_ge_u().br_if(1);
    read_byte(&mut body);
    body.local_set(CODE);
    // U+0080 to U+00FF are two bytes in UTF-8: 110000xx 10xxxxxx.
    body.local_get(CODE).i32_const(0x80).i32_ge_u().if_(BlockType::Empty);
    body.local_get(CODE).i32_const(0x1F).i32_and().i32_const(6).i32_shl();
    read_byte(&mut body);
    body.i32_const(0x3F).i32_and().i32_or().local_set(CODE);
    body.end();
    // The escape mark: the next character (always ASCII), XORed back.
    body.local_get(CODE).i32_const(i32::from(ESCAPE)).i32_eq().if_(BlockType::Empty);
    read_byte(&mut body);
    body.i32_const(i32::from(ESCAPED_XOR)).i32_xor().local_set(CODE);
    body.end();
    // Undo each trade: BYTE = CODE == from ? to : BYTE.
    body.local_get(CODE).local_set(BYTE);
    for from in (0..=u8::MAX).filter(|&code| swapped(code) != code) {
        body.i32_const(i32::from(swapped(from))).local_get(BYTE);
        body.local_get(CODE).i32_const(i32::from(from)).i32_eq().select().local_set(BYTE);
    }
    body.local_get(WRITE).local_get(BYTE).i32_store8(BYTE_ACCESS);
    body.local_get(WRITE).i32_const(1).i32_add().local_set(WRITE);
    body.br(0).end().end();
    body.local_get(WRITE).end();
    function
}

const BYTE_ACCESS: MemArg = MemArg { offset: 0, align: 0, memory_index: 0 };

/// Pushes the byte at READ and moves READ past it.
fn read_byte(body: &mut InstructionSink) {
    body.local_get(READ).i32_load8_u(BYTE_ACCESS);
    body.local_get(READ).i32_const(1).i32_add().local_set(READ);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_decoder_is_a_valid_module() {
        let module = super::module();
        wasmparser::Validator::new().validate_all(&module).expect("the decoder's wasm is invalid");
        // Small enough to compile at once on the main thread, and to inline.
        assert!(module.len() < 512, "{} bytes", module.len());
    }
}
