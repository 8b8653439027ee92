// Measures the built page beside a plain static HTML page of the same guide
// (the limit a real page is held to): the bytes each loads, raw, gzip and
// brotli; when each first paints; when the page answers a keystroke in the
// space checker, and how long each keystroke's update takes, beside the
// same typing in the plain page's bare fields; the wasm's size; and, with
// --lighthouse, Lighthouse's mobile scores. A third page, the built page
// with its scripts taken out, shows what the guide's own markup and
// stylesheet cost a first paint that waits for all of them. And, from a
// trace of each load, the main thread's work until the page is
// interactive (the plain page: until it has loaded), as thread CPU time and
// wall time, each a ratio of a load of the page to the plain load beside it.
//
// Loads run in headless Chromium at phone size with the CPU slowed 4x,
// from a server that compresses with brotli as most hosts do, alternating
// between the pages; medians are printed, with the middle half of each
// page's loads to show how much one run can be trusted. Times come from
// the browser's own performance entries. Absolute times depend on the
// machine: the ratios are what count.
//
// Usage: node bench/measure.mjs [--runs N] [--json FILE] [--lighthouse] PLAIN_DIR PAGE_DIR
// (bench/run builds both and calls this.)
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, PHONE } from '../tests/support/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import {
  compressed, median, middleHalf, ms, pagesArgs, quantile, ratio, summary, verdict, wasmToolchain, watchFirstPaint, watchForFirstAnswer, within,
} from './shared.mjs';

const { runs, jsonOut, flags, plainDir, pageDir } = pagesArgs('measure.mjs', ['--lighthouse']);
const withLighthouse = flags['--lighthouse'];
const SETTLE_MS = 700;

/** What the page is held to, checked against the figures. */
const TARGETS = {
  fcpRatio: 1.1,
  // The English page, and each of the others, whose words are longer.
  transferBrotli: { en: 130 * 1024, others: 138 * 1024 },
  lighthousePerformance: 0.98,
  lighthouseOthers: 1,
  // The page's own update on a keystroke, at the 98th percentile.
  keystrokeUpdateMs: 8,
  // A frame: beyond it, the slowest keystrokes measure the machine's stalls.
  frameMs: 16,
};

/** The wasm inside the page: its data block, read back by byte_text's rules (tools/page-builder). */
function inlinedWasm(html) {
  const text = html.match(/<script type="text\/plain" id="app-wasm">([^<]*)<\/script>/)?.[1];
  if (!text) return null;
  const byteOf = Uint8Array.from({ length: 256 }, (_, code) => code);
  [byteOf[0], byteOf[31], byteOf[13], byteOf[25]] = [31, 0, 25, 13];
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes.push(byteOf[code === 126 ? text.charCodeAt(++i) ^ 64 : code]);
  }
  return compressed(Uint8Array.from(bytes));
}

// In the page: each keystroke's cost, from its input event until the main
// thread is free for the next task (the page's update and any re-render);
// and the browser's own Event Timing entries for input events that took a
// frame or more to paint, whose processing time is the page's update alone.
function timeKeystrokes() {
  let n = 0;
  // What each keystroke made the field read, before the page handled it.
  const typed = new Map();
  addEventListener(
    'input',
    (event) => {
      const start = `key-${++n}`;
      performance.mark(start);
      typed.set(event.timeStamp, `"${event.target.value}" in #${event.target.id}`);
      setTimeout(() => performance.measure('keystroke', start));
    },
    { capture: true },
  );
  window.slowInputs = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'input') {
        window.slowInputs.push({ processing: entry.processingEnd - entry.processingStart, toPaint: entry.duration, typed: typed.get(entry.startTime) });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16 });
}

// The main thread's work during a load, from Chromium's trace: the
// renderer's top-level tasks from the page's navigation until `endMark`
// (the checker's first answer, or the load event), summed as the thread's
// own CPU time (`tdur`), which leaves out what the machine gave to other
// processes, and as wall time (`dur`), to see which repeats better.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'];

function mainThreadWork(events, endMark) {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = (e) => e.pid === main?.pid && e.tid === main?.tid;
  const start = events.find((e) => onMain(e) && e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'))?.ts;
  const end = events.find((e) => onMain(e) && e.name === endMark && e.ts > start)?.ts;
  if (start === undefined || end === undefined) throw new Error(`the trace has no navigation or no ${endMark}`);
  const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && e.ts >= start && e.ts < end);
  const sum = (key) => tasks.reduce((total, task) => total + (task[key] ?? 0), 0) / 1000;
  return { cpuMs: sum('tdur'), wallMs: sum('dur') };
}

async function traced(cdp, during) {
  const events = [];
  const collect = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });
  await during();
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

async function load(browser, url, { app, typing }) {
  const page = await openPage(browser, { viewport: PHONE });
  const loaded = new Set();
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) loaded.add(new URL(request.url()).pathname.split('/').pop() || 'index.html');
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(watchFirstPaint);
  if (app) await page.addInitScript(watchForFirstAnswer);
  // Let the last load's teardown finish first: on a small machine it
  // otherwise lands inside this load's first paint, at random.
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  const result = { loaded };
  const events = await traced(cdp, async () => {
    await page.goto(url, { waitUntil: 'commit' });
    result.fcp = await within(page.evaluate(() => window.firstPaint), 'no first paint');
    if (app) result.interactive = await within(page.evaluate(() => window.firstAnswer), 'the checker never answered');
    else await page.waitForFunction(() => document.readyState === 'complete' && performance.timing.loadEventEnd > 0);
  });
  result.work = mainThreadWork(events, app ? 'checker-answered' : 'loadEventEnd');
  if (typing) {
    await page.evaluate(timeKeystrokes);
    for (const [field, text] of [['#backup-size', '1.2 GB'], ['#icloud-used', '3.1 GB of 5 GB used'], ['#icloud-total', '50 GB']]) {
      await page.fill(field, '');
      await page.type(field, text, { delay: 80 }); // a brisk typist's pace
    }
    await page.waitForTimeout(100);
    result.keystrokes = await page.evaluate(() => performance.getEntriesByName('keystroke').map((e) => e.duration));
    result.slowInputs = await page.evaluate(() => window.slowInputs);
  }
  if (page.problems.length) throw new Error(`${url}: ${page.problems.join('; ')}`);
  await page.context().close();
  return result;
}

/**
 * Lighthouse's mobile scores, each the median of three runs: on a small
 * machine one run's performance score can swing by a tenth.
 */
async function lighthouseScores(url) {
  const runs = [];
  for (let run = 0; run < 3; run++) runs.push(await lighthouseRun(url));
  return Object.fromEntries(Object.keys(runs[0]).map((category) => [category, median(runs.map((scores) => scores[category]))]));
}

async function lighthouseRun(url) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    return Object.fromEntries(Object.entries(lhr.categories).map(([name, category]) => [name, category.score]));
  } finally {
    await chrome.kill();
  }
}

// The page's own HTML and CSS with every script taken out: how soon the
// styled guide alone paints, which no work on the scripts can beat.
const markupDir = await mkdtemp(join(tmpdir(), 'bench-markup-'));
const pageHtml = await readFile(join(pageDir, 'index.html'), 'utf8');
const language = pageHtml.match(/<html lang="([^"]+)"/)?.[1] ?? 'en';
await writeFile(join(markupDir, 'index.html'), pageHtml.replace(/<script\b[^>]*>[^]*?<\/script>/g, ''));

const pages = [
  // Typing in the plain page's bare fields shows what a keystroke costs
  // the browser alone.
  { name: 'plain', dir: plainDir, app: false, typing: true },
  { name: 'page', dir: pageDir, app: true, typing: true },
  { name: 'markup', dir: markupDir, app: false, typing: false },
];
const browser = await launchBrowser();
try {
  for (const page of pages) {
    page.server = await serveStatic({ root: page.dir, mount: '/bench/', brotli: true });
    // The server compresses a file on its first request: not part of any load.
    await fetch(page.server.url, { headers: { 'Accept-Encoding': 'br' } }).then((response) => response.arrayBuffer());
  }
  for (const page of pages) page.loads = [];
  for (let run = 0; run < runs; run++) {
    for (const page of pages) page.loads.push(await load(browser, page.server.url, page));
  }
  for (const page of pages) {
    page.transfer = { raw: 0, gzip: 0, brotli: 0 };
    page.files = [...page.loads[0].loaded].sort();
    for (const name of page.files) {
      const size = compressed(await readFile(join(page.dir, name)));
      for (const key of Object.keys(page.transfer)) page.transfer[key] += size[key];
    }
    page.fcpMs = median(page.loads.map((l) => l.fcp));
    page.fcpMiddleHalfMs = middleHalf(page.loads.map((l) => l.fcp));
    if (withLighthouse && page.name !== 'markup') page.lighthouse = await lighthouseScores(page.server.url);
  }
} finally {
  await browser.close();
  for (const page of pages) await page.server?.close();
  await rm(markupDir, { recursive: true });
}

const [plain, app, markup] = pages;
const keystrokes = app.loads.flatMap((l) => l.keystrokes);
const plainKeystrokes = plain.loads.flatMap((l) => l.keystrokes);
const slowInputs = app.loads.flatMap((l) => l.slowInputs);
const slowProcessing = slowInputs.map((e) => e.processing);
const slowest = slowInputs.reduce((a, b) => (b.processing > a.processing ? b : a), slowInputs[0]);
const figures = {
  language,
  wasmToolchain: await wasmToolchain(),
  runs,
  cpuSlowdown: 4,
  viewport: PHONE,
  plain: {
    files: plain.files,
    transfer: plain.transfer,
    firstContentfulPaintMs: plain.fcpMs,
    firstContentfulPaintMiddleHalfMs: plain.fcpMiddleHalfMs,
    keystrokeMs: { median: median(plainKeystrokes), max: Math.max(...plainKeystrokes), count: plainKeystrokes.length },
    lighthouse: plain.lighthouse,
  },
  page: {
    files: app.files,
    transfer: app.transfer,
    wasm: inlinedWasm(pageHtml),
    firstContentfulPaintMs: app.fcpMs,
    firstContentfulPaintMiddleHalfMs: app.fcpMiddleHalfMs,
    interactiveMs: median(app.loads.map((l) => l.interactive)),
    interactiveMiddleHalfMs: middleHalf(app.loads.map((l) => l.interactive)),
    keystrokeMs: { median: median(keystrokes), max: Math.max(...keystrokes), count: keystrokes.length },
    // Input events that took 16 ms or more from keystroke to paint, and for
    // those, the page's own processing (the rest is the browser's rendering).
    slowInputs: {
      count: slowInputs.length,
      processingMedianMs: slowProcessing.length ? median(slowProcessing) : 0,
      // One keystroke in fifty is slower than this: a figure a single
      // stall of the machine cannot move, unlike the slowest.
      processingP98Ms: slowProcessing.length ? quantile(slowProcessing, 0.98) : 0,
      processingMaxMs: slowProcessing.length ? Math.max(...slowProcessing) : 0,
      slowestTyped: slowest?.typed,
    },
    lighthouse: app.lighthouse,
  },
  markupOnly: { firstContentfulPaintMs: markup.fcpMs, firstContentfulPaintMiddleHalfMs: markup.fcpMiddleHalfMs },
};
// Each load of the page against the plain load beside it, then the median:
// a slow moment of the machine slows both of a pair.
const pairwiseOf = (ratioOfPair) => summary(app.loads.map(ratioOfPair));
const pairwise = (key) => pairwiseOf((load, i) => load.work[key] / plain.loads[i].work[key]);
figures.mainThreadWork = {
  pageUntilInteractive: { cpuMs: median(app.loads.map((l) => l.work.cpuMs)), wallMs: median(app.loads.map((l) => l.work.wallMs)) },
  plainUntilLoad: { cpuMs: median(plain.loads.map((l) => l.work.cpuMs)), wallMs: median(plain.loads.map((l) => l.work.wallMs)) },
  cpuRatio: pairwise('cpuMs'),
  wallRatio: pairwise('wallMs'),
};
figures.ratios = {
  firstContentfulPaint: pairwiseOf((load, i) => load.fcp / plain.loads[i].fcp),
  interactiveToPlainPaint: figures.page.interactiveMs / figures.plain.firstContentfulPaintMs,
  markupOnlyFirstContentfulPaint: markup.fcpMs / figures.plain.firstContentfulPaintMs,
};

const bytes = (s) => `${s.raw} raw, ${s.gzip} gzip, ${s.brotli} brotli bytes`;
const spread = ([low, high]) => `(middle half of loads ${low.toFixed(0)}–${high.toFixed(0)})`;
console.log(`\nMedians of ${runs} alternating loads, phone size (${PHONE.width}x${PHONE.height}), CPU 4x slower.\n`);
console.log(`plain page (${plain.files.join(', ')}): ${bytes(plain.transfer)}`);
const byteTarget = language === 'en' ? TARGETS.transferBrotli.en : TARGETS.transferBrotli.others;
console.log(`the page in ${language} (${app.files.join(', ')}): ${bytes(app.transfer)}  [≤ ${byteTarget} brotli: ${verdict(app.transfer.brotli <= byteTarget)}]`);
console.log(`  its wasm built by ${figures.wasmToolchain}`);
if (figures.page.wasm) console.log(`  its wasm: ${bytes(figures.page.wasm)}`);
const fcpRatio = figures.ratios.firstContentfulPaint;
console.log(`first contentful paint: plain ${ms(plain.fcpMs)} ${spread(plain.fcpMiddleHalfMs)}, page ${ms(app.fcpMs)} ${spread(app.fcpMiddleHalfMs)}, ratio ${ratio(fcpRatio)}  [pair by pair, ≤ ${TARGETS.fcpRatio}: ${verdict(fcpRatio.median <= TARGETS.fcpRatio)}]`);
console.log(`  the page's HTML and CSS alone, scripts taken out: ${ms(markup.fcpMs)} ${spread(markup.fcpMiddleHalfMs)}, ratio ${figures.ratios.markupOnlyFirstContentfulPaint.toFixed(2)} (the whole guide read before the first paint)`);
console.log(`interactive (the checker answers): ${ms(figures.page.interactiveMs)} ${spread(figures.page.interactiveMiddleHalfMs)}, ${figures.ratios.interactiveToPlainPaint.toFixed(2)}x the plain page's paint`);
const work = figures.mainThreadWork;
console.log(`main-thread work, the page until interactive vs the plain page until loaded: thread CPU ${work.pageUntilInteractive.cpuMs.toFixed(0)} vs ${work.plainUntilLoad.cpuMs.toFixed(0)} ms, ${ratio(work.cpuRatio)}; wall ${work.pageUntilInteractive.wallMs.toFixed(0)} vs ${work.plainUntilLoad.wallMs.toFixed(0)} ms, ${ratio(work.wallRatio)}`);
console.log(`a keystroke, until the main thread is free: median ${figures.page.keystrokeMs.median.toFixed(1)} ms, slowest ${figures.page.keystrokeMs.max.toFixed(1)} ms of ${keystrokes.length}`);
const { slowInputs: slow } = figures.page;
console.log(`  of those, ${slow.count} took a frame or more to paint; the page's own update in them: median ${slow.processingMedianMs.toFixed(1)} ms, 98th percentile ${slow.processingP98Ms.toFixed(1)} ms, slowest ${slow.processingMaxMs.toFixed(1)} ms  [98th percentile ≤ ${TARGETS.keystrokeUpdateMs} ms: ${verdict(slow.processingP98Ms <= TARGETS.keystrokeUpdateMs)}]`);
if (slow.slowestTyped) console.log(`    the slowest made the field read ${slow.slowestTyped}`);
console.log(`  the same typing in the plain page's bare fields, the browser's own editing alone: median ${figures.plain.keystrokeMs.median.toFixed(1)} ms, slowest ${figures.plain.keystrokeMs.max.toFixed(1)} ms`);
// A machine that stalls a page with no script for a frame stalls this page
// as long, so its slowest keystrokes measure the machine, not the page.
if (figures.plain.keystrokeMs.max >= TARGETS.frameMs) {
  console.log(`  [the bare fields' slowest is over ${TARGETS.frameMs} ms with no script at all: on this machine the slowest keystrokes measure its stalls, and cannot show whether the page's stay under a frame]`);
}
for (const { name, lighthouse } of pages.filter((p) => p.lighthouse)) {
  const scores = Object.entries(lighthouse).map(([category, score]) => `${category} ${score}`).join(', ');
  console.log(`Lighthouse (mobile, medians of 3 runs), ${name}: ${scores}`);
}
if (app.lighthouse) {
  const { performance: perf, ...others } = app.lighthouse;
  const ok = perf >= TARGETS.lighthousePerformance && Object.values(others).every((score) => score >= TARGETS.lighthouseOthers);
  console.log(`  [performance ≥ ${TARGETS.lighthousePerformance}, the others ${TARGETS.lighthouseOthers}: ${verdict(ok)}]`);
}
if (jsonOut) {
  await writeFile(jsonOut, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nFigures written to ${jsonOut}`);
}
