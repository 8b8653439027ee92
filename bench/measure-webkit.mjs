// The page in WebKit, the engine of Safari and of every iOS browser, beside
// the plain page of the same guide: when each first paints, and when the
// page has taken the guide over (its own `app-interactive` mark, set by
// src/main.rs), both from the page's own performance entries; then what the
// first keystroke in the checker costs, from its input event until the
// main thread is free (WebKit has no requestIdleCallback, so this shows
// whether the page's warm-up ran there). Its WebDriver gives no trace of
// the main thread, so the work until interactive is read as time: the
// page's takeover against the plain page's load event. Each load is
// a new WebDriver session, so a fresh profile; the pages alternate, and
// each ratio is taken pair by pair (a load of the page against the plain
// load beside it) before the median. WebKitGTK's WebDriver cannot slow the
// CPU, so these run at the machine's speed: compare ratios, not times.
//
// Usage: node bench/measure-webkit.mjs [--runs N] [--json FILE] PLAIN_DIR PAGE_DIR
// (bench/run builds both and calls this.)
import { writeFile } from 'node:fs/promises';
import { launchWebKit } from '../tests/support/engines.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { median, pagesArgs, quantile, verdict, wasmToolchain } from './shared.mjs';

const { runs, jsonOut, plainDir, pageDir } = pagesArgs('measure-webkit.mjs');

const FIRST_PAINT = "performance.getEntriesByName('first-contentful-paint')[0]?.startTime";
const INTERACTIVE = "performance.getEntriesByName('app-interactive')[0]?.startTime";
// When the plain page has loaded: what the page's takeover is held to.
const LOADED = "performance.getEntriesByType('navigation')[0]?.loadEventEnd";
// Marks each keystroke's input event, and measures to the next task.
const TIME_KEYSTROKES = `(addEventListener('input', () => {
  const start = performance.mark('key').startTime;
  setTimeout(() => performance.measure('keystroke', { start }));
}, { capture: true }), true)`;
const FIRST_KEYSTROKE = "performance.getEntriesByName('keystroke')[0]?.duration";
// The warm-up runs 300 ms after the page is taken over where there is no idle callback.
const AFTER_WARM_UP_MS = 600;

/** The same targets as in Chromium (bench/measure.mjs). */
const TARGETS = { fcpRatio: 1.1, interactiveToLoadRatio: 2.0 };

const spread = (values) => `${quantile(values, 0.25).toFixed(2)}–${quantile(values, 0.75).toFixed(2)}`;

const plain = await serveStatic({ root: plainDir, mount: '/bench/', brotli: true });
const page = await serveStatic({ root: pageDir, mount: '/bench/', brotli: true });
const engine = await launchWebKit();
const pairs = [];
try {
  for (let run = 0; run < runs; run++) {
    const pair = {};
    // Alternate which goes first, so neither always loads on a warmer machine.
    const order = run % 2 ? [['page', page], ['plain', plain]] : [['plain', plain], ['page', page]];
    for (const [name, server] of order) {
      const tab = await engine.open();
      await tab.goto(server.url);
      pair[name] = { fcp: await tab.waitFor(FIRST_PAINT, `a first paint of the ${name} page`) };
      if (name === 'plain') pair.plain.loaded = await tab.waitFor(LOADED, 'the plain page to load');
      if (name === 'page') {
        pair.page.interactive = await tab.waitFor(INTERACTIVE, 'the page to take over');
        await new Promise((done) => setTimeout(done, AFTER_WARM_UP_MS));
        await tab.eval(TIME_KEYSTROKES);
        await tab.type('#backup-size', '4');
        pair.page.firstKeystroke = await tab.waitFor(FIRST_KEYSTROKE, 'the first keystroke');
      }
      await tab.close();
    }
    pairs.push(pair);
  }
} finally {
  await engine.close();
  await plain.close();
  await page.close();
}

const fcpRatios = pairs.map((pair) => pair.page.fcp / pair.plain.fcp);
const interactiveRatios = pairs.map((pair) => pair.page.interactive / pair.plain.fcp);
const toLoadRatios = pairs.map((pair) => pair.page.interactive / pair.plain.loaded);
const figures = {
  engine: 'WebKitGTK (MiniBrowser), full CPU speed',
  wasmToolchain: await wasmToolchain(),
  runs,
  plainFcpMs: median(pairs.map((pair) => pair.plain.fcp)),
  pageFcpMs: median(pairs.map((pair) => pair.page.fcp)),
  plainLoadedMs: median(pairs.map((pair) => pair.plain.loaded)),
  pageInteractiveMs: median(pairs.map((pair) => pair.page.interactive)),
  firstKeystrokeMs: { median: median(pairs.map((pair) => pair.page.firstKeystroke)), slowest: Math.max(...pairs.map((pair) => pair.page.firstKeystroke)) },
  fcpRatio: { median: median(fcpRatios), middleHalf: spread(fcpRatios) },
  interactiveRatio: { median: median(interactiveRatios), middleHalf: spread(interactiveRatios) },
  interactiveToLoadRatio: { median: median(toLoadRatios), middleHalf: spread(toLoadRatios) },
  pairs,
};
console.log(`WebKit, ${runs} pairs, full CPU speed, the wasm built by ${figures.wasmToolchain} (ratios pair by pair; in brackets the middle half):`);
console.log(`  first contentful paint: page ${figures.pageFcpMs.toFixed(0)} ms, plain ${figures.plainFcpMs.toFixed(0)} ms: ${figures.fcpRatio.median.toFixed(2)}x (${figures.fcpRatio.middleHalf})  [≤ ${TARGETS.fcpRatio}: ${verdict(figures.fcpRatio.median <= TARGETS.fcpRatio)}]`);
console.log(`  the page takes over at ${figures.pageInteractiveMs.toFixed(0)} ms: ${figures.interactiveRatio.median.toFixed(2)}x the plain page's first paint (${figures.interactiveRatio.middleHalf}), ${figures.interactiveToLoadRatio.median.toFixed(2)}x its load at ${figures.plainLoadedMs.toFixed(0)} ms (${figures.interactiveToLoadRatio.middleHalf})  [≤ ${TARGETS.interactiveToLoadRatio}: ${verdict(figures.interactiveToLoadRatio.median <= TARGETS.interactiveToLoadRatio)}]`);
console.log(`  the first keystroke in the checker, until the main thread is free: median ${figures.firstKeystrokeMs.median.toFixed(1)} ms, slowest ${figures.firstKeystrokeMs.slowest.toFixed(1)} ms`);
if (jsonOut) await writeFile(jsonOut, `${JSON.stringify(figures, null, 2)}\n`);
