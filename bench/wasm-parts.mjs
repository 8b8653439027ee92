// What each part of the page costs the wasm: the size of every function's
// code, summed by the module of the page or the core that the function's
// name mentions, read from the wasm as the compiler linked it (before
// wasm-bindgen and wasm-opt, which keep no names). The wasm is built with
// Rust's v0 symbol names, which spell out generic arguments, so Leptos's
// code made for one part's view (`tachys::…::<…::space_checker::…>`) counts
// for that part, not for Leptos. A function that names several of the
// page's modules counts as shared; one that names none is Leptos, std and
// the rest; the data segment (texts, tables) is its own row. The page's
// brotli bytes follow these shares only roughly: wasm-opt shrinks some
// code more than other, and brotli compresses repeated code best.
//
// Usage: node bench/wasm-parts.mjs [--json FILE] WASM
// (bench/run builds the wasm with v0 names and calls this.)
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from './shared.mjs';

const { args, option } = parseArgs();
const jsonOut = option('--json', null);
if (args.length !== 1) {
  console.error('Usage: node bench/wasm-parts.mjs [--json FILE] WASM');
  process.exit(2);
}

/** A reader of the wasm binary format's integers, names and sections. */
function reader(bytes, at = 0) {
  const r = {
    get at() {
      return at;
    },
    u32() {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = bytes[at++];
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
      }
    },
    name() {
      const length = r.u32();
      const text = new TextDecoder().decode(bytes.subarray(at, at + length));
      at += length;
      return text;
    },
    skip(length) {
      at += length;
    },
  };
  return r;
}

/** Each function's code size and name, and the data segments' size. */
function functionsOf(bytes) {
  const r = reader(bytes, 8);
  let imported = 0;
  const sizes = [];
  const names = new Map();
  let data = 0;
  while (r.at < bytes.length) {
    const id = bytes[r.at];
    r.skip(1);
    const length = r.u32();
    const end = r.at + length;
    if (id === 2) {
      // Imports: functions among them come first in the index space.
      for (let count = r.u32(); count > 0; count--) {
        r.name();
        r.name();
        const kind = bytes[r.at];
        r.skip(1);
        if (kind === 0) {
          r.u32();
          imported++;
        } else if (kind === 3) r.skip(2); // a global: its type and mutability
        else {
          if (kind === 1) r.skip(1); // a table's element type, then its limits as a memory's
          const hasMaximum = bytes[r.at] & 1;
          r.skip(1);
          r.u32();
          if (hasMaximum) r.u32();
        }
      }
    } else if (id === 10) {
      for (let count = r.u32(); count > 0; count--) {
        const size = r.u32();
        sizes.push(size);
        r.skip(size);
      }
    } else if (id === 11) {
      data = length;
    } else if (id === 0 && r.name() === 'name') {
      while (r.at < end) {
        const sub = bytes[r.at];
        r.skip(1);
        const subLength = r.u32();
        const subEnd = r.at + subLength;
        if (sub === 1) for (let count = r.u32(); count > 0; count--) names.set(r.u32(), r.name());
        r.skip(subEnd - r.at);
      }
    }
    r.skip(end - r.at);
  }
  if (!names.size) throw new Error('the wasm has no names: build it without stripping (bench/run does)');
  return { functions: sizes.map((size, i) => ({ size, name: names.get(imported + i) ?? '' })), data };
}

/** The path after a crate's name: v0 names spell each identifier after its length, so exactly
 * that many characters are read ("10components13space_checker"); demangled ones put "::" between. */
function pathAfter(name, at) {
  const segments = [];
  const next = /(\d+)|::([a-z_][a-z0-9_]*)/y;
  next.lastIndex = at;
  for (let match; (match = next.exec(name)); ) {
    const segment = match[2] ?? name.slice(next.lastIndex, next.lastIndex + Number(match[1]));
    if (!match[2]) {
      if (!/^[a-z_][a-z0-9_]*$/.test(segment)) break;
      next.lastIndex += segment.length;
    }
    segments.push(segment);
  }
  return segments;
}

/** The page's and the core's modules a (mangled or demangled) name mentions. */
function modulesNamed(name) {
  const found = new Set();
  for (const match of name.matchAll(/whatsapp_backup_helper|helper_core/g)) {
    const segments = pathAfter(name, match.index + match[0].length);
    const module = segments[0] === 'components' ? segments[1] : segments[0];
    // A crate with no path after it is where a generic function was instantiated (v0 names end
    // so), not what it is made of.
    if (module) found.add(match[0] === 'helper_core' ? `core::${module}` : module);
  }
  return found;
}

const bytes = await readFile(args[0]);
const { functions, data } = functionsOf(bytes);
const rows = new Map();
const add = (row, size) => rows.set(row, (rows.get(row) ?? 0) + size);
for (const { name, size } of functions) {
  const modules = modulesNamed(name);
  add(modules.size === 1 ? [...modules][0] : modules.size ? 'shared by several of the page\'s modules' : 'Leptos, std and the rest', size);
}
add('data (texts and tables)', data);
const total = [...rows.values()].reduce((a, b) => a + b, 0);
const sorted = [...rows].sort((a, b) => b[1] - a[1]);
console.log(`\nWhat each module costs the wasm, before wasm-opt (${total} bytes of code and data in all):`);
for (const [row, size] of sorted) console.log(`  ${String(size).padStart(8)}  ${((100 * size) / total).toFixed(1).padStart(5)} %  ${row}`);
if (jsonOut) await writeFile(jsonOut, `${JSON.stringify({ total, rows: Object.fromEntries(sorted) }, null, 2)}\n`);
