// Measures built pages side by side: the bytes they load, and, in headless
// Chromium at phone size with the CPU slowed 4x, when they first paint and
// when the space checker first answers a keystroke. Times come from the
// browser's own performance entries; runs alternate between the pages and
// the medians are printed. Absolute times depend on the machine: compare
// the pages with each other, not with other machines.
//
// Usage: node bench/measure.mjs [--runs N] [--json out.json] DIST_DIR [DIST_DIR…]
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchBrowser, openPage, PHONE } from '../tests/support/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const runs = Number(option('--runs', 7));
const jsonOut = option('--json', null);
const dists = args.length ? args : ['dist'];

/** Raw, gzip -9 and brotli -q 11 bytes of every file the page is made of. */
async function sizes(dir) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  const files = {};
  for (const name of (await readdir(dir)).filter((n) => !n.endsWith('.txt'))) {
    const bytes = await readFile(join(dir, name));
    const size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    files[name] = size;
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return { files, total };
}

/** The inlined wasm, if the page carries one, measured like a file. */
async function inlinedWasm(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8').catch(() => '');
  const base64 = html.match(/const base64 = "([A-Za-z0-9+/=]+)"/)?.[1];
  if (!base64) return null;
  const bytes = Buffer.from(base64, 'base64');
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// In the page, from the start: type into the checker as soon as its input
// exists, and note when the page first answers.
function watchForFirstAnswer() {
  const poll = () => {
    const input = document.getElementById('backup-size');
    const message = document.getElementById('backup-size-message');
    if (message?.textContent.startsWith('Read as')) {
      performance.mark('checker-answered');
      return;
    }
    if (input && input.value !== '4') {
      input.value = '4';
    }
    input?.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(poll, 4);
  };
  poll();
}

async function load(browser, url) {
  const page = await openPage(browser, { viewport: PHONE });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(watchForFirstAnswer);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('checker-answered').length > 0, null, { timeout: 30_000 });
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    answered: performance.getEntriesByName('checker-answered')[0].startTime,
  }));
  await page.context().close();
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const results = [];
const browser = await launchBrowser();
try {
  const served = [];
  for (const dist of dists) served.push({ dist, server: await serveStatic({ root: resolve(dist), mount: '/page/' }) });
  const timings = served.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, { server }] of served.entries()) timings[i].push(await load(browser, server.url));
  }
  for (const [i, { dist, server }] of served.entries()) {
    results.push({
      dist,
      ...(await sizes(resolve(dist))),
      wasm: await inlinedWasm(resolve(dist)),
      runs,
      firstContentfulPaintMs: median(timings[i].map((t) => t.fcp)),
      checkerAnswersMs: median(timings[i].map((t) => t.answered)),
    });
    await server.close();
  }
} finally {
  await browser.close();
}

for (const r of results) {
  console.log(`\n${r.dist}`);
  for (const [name, s] of Object.entries(r.files)) console.log(`  ${name}: ${s.raw} raw, ${s.gzip} gzip, ${s.brotli} brotli bytes`);
  console.log(`  all files: ${r.total.raw} raw, ${r.total.gzip} gzip, ${r.total.brotli} brotli bytes`);
  if (r.wasm) console.log(`  inlined wasm: ${r.wasm.raw} raw, ${r.wasm.gzip} gzip, ${r.wasm.brotli} brotli bytes`);
  console.log(`  first contentful paint: ${r.firstContentfulPaintMs.toFixed(0)} ms (median of ${r.runs}, CPU 4x slower)`);
  console.log(`  checker answers a keystroke: ${r.checkerAnswersMs.toFixed(0)} ms`);
}
if (jsonOut) await writeFile(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
