// What the benchmark's scripts share: reading their arguments, the
// statistics they print, the figures they read in the page, and what the
// build says of the page.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Command-line options: `option` takes a value, `flag` is there or not; what is left are the arguments. */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = [...argv];
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : args.splice(at, 2)[1];
  };
  const flag = (name) => {
    const at = args.indexOf(name);
    return at !== -1 && args.splice(at, 1).length > 0;
  };
  return { args, option, flag };
}

/**
 * The arguments of a script that measures the plain page beside the page:
 * `[--runs N] [--json FILE]`, the `flags` it names, then PLAIN_DIR PAGE_DIR.
 * Prints how to call it, and stops, when they are not there.
 */
export function pagesArgs(script, flags = []) {
  const { args, option, flag } = parseArgs();
  const runs = Number(option('--runs', 15));
  const jsonOut = option('--json', null);
  const set = Object.fromEntries(flags.map((name) => [name, flag(name)]));
  if (args.length !== 2) {
    console.error(`Usage: node bench/${script} [--runs N] [--json FILE]${flags.map((name) => ` [${name}]`).join('')} PLAIN_DIR PAGE_DIR`);
    process.exit(2);
  }
  const [plainDir, pageDir] = args.map((dir) => resolve(dir));
  return { runs, jsonOut, flags: set, plainDir, pageDir };
}

/** The value a fraction `q` of the way up the sorted values. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
export const median = (values) => quantile(values, 0.5);
/** How far loads of the same page spread: the ratios move with it. */
export const middleHalf = (values) => [quantile(values, 0.25), quantile(values, 0.75)];
/** The median of `values` with their middle half. */
export const summary = (values) => ({ median: median(values), middleHalf: middleHalf(values) });

export const verdict = (ok) => (ok ? 'meets the target' : 'MISSES the target');
export const ms = (value) => `${value.toFixed(0)} ms`;
/** A ratio summary as printed: "1.20x (middle half of pairs 1.03–1.40)". */
export const ratio = ({ median: m, middleHalf: [low, high] }) => `${m.toFixed(2)}x (middle half of pairs ${low.toFixed(2)}–${high.toFixed(2)})`;

/** A file's bytes raw and compressed as a host would send them. */
export const compressed = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** `promise`, or an error saying `failure` after 30 s. */
export function within(promise, failure) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(failure)), 30_000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Which toolchain built the wasm, as the build wrote it (scripts/setup.sh's build_release). */
export async function wasmToolchain() {
  const written = new URL('../target/wasm-toolchain', import.meta.url);
  return (await readFile(written, 'utf8').catch(() => 'not recorded (the page was not built by build_release)')).trim();
}

// In the page, from the start (each is handed to addInitScript): promises
// of the moments measured, so a load is timed without Playwright's
// helpers, whose own script would run on the page's main thread in the
// middle of it.

/** `window.firstPaint`: the first contentful paint. */
export function watchFirstPaint() {
  window.firstPaint = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * `window.firstAnswer`: types into the checker as soon as its input exists,
 * and marks when the page first answers (its note on a bare number, "Read
 * as 4 GB", in the page's language).
 */
export function watchForFirstAnswer() {
  window.firstAnswer = new Promise((resolve) => {
    const poll = () => {
      const input = document.getElementById('backup-size');
      if (document.getElementById('backup-size-message')?.textContent.trim()) {
        resolve(performance.mark('checker-answered').startTime);
        return;
      }
      if (input) {
        input.value = '4';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      setTimeout(poll, 4);
    };
    poll();
  });
}

/** `window.lastCard`: when the parser has put the `count`th element matching `selector` in the document. */
export function watchLastCard({ selector, count }) {
  window.lastCard = new Promise((resolve) => {
    const seen = () => document.querySelectorAll(selector).length >= count;
    const observer = new MutationObserver(() => {
      if (!seen()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The guide's step cards in a page's HTML: in the plain page its step headings, in the page its cards. */
export function stepCards(html) {
  // Outside the data blocks, one of which holds the guide's markup as text.
  html = html.replace(/<script\b[^>]*>[^]*?<\/script>/g, '');
  const plain = { selector: 'h2[id^="step-"]', count: html.match(/<h2 id="step-\d+"/g)?.length ?? 0 };
  // The steps' list at the top names them with data-step too: the cards are the steps' own children.
  const page = { selector: '#steps > [data-step]', count: html.match(/<div data-step="/g)?.length ?? 0 };
  const cards = page.count ? page : plain;
  if (!cards.count) throw new Error('the page has no step cards to wait for');
  return cards;
}
