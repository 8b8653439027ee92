// The page as a person on a phone's network meets it: Chromium at phone
// size with Lighthouse's slow-4G profile (150 ms round trip, 1.6 Mbit/s
// down, 750 kbit/s up) and the CPU slowed 4x, loading the plain page of
// the same guide, the page, and the page with its data blocks in the other
// place (before the steps or after them, page_file.rs), in turn. For each
// load: its first paint, the moment the last step card is in the document,
// and for the page the checker's first answer; each a ratio to the plain
// load of the same round (first paint to first paint, the rest to the
// plain page's load), then the median with the middle half of the rounds.
// The order of the three changes each round, so none always loads on a
// warmer machine.
//
// Usage: node bench/measure-slow-network.mjs [--runs N] [--json FILE] PLAIN_DIR PAGE_DIR
// (bench/run builds both and calls this.)
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openPage, PHONE } from '../tests/support/browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import {
  median, ms, pagesArgs, ratio, stepCards, summary, verdict, wasmToolchain, watchFirstPaint, watchForFirstAnswer, watchLastCard, within,
} from './shared.mjs';

const { runs, jsonOut, plainDir, pageDir } = pagesArgs('measure-slow-network.mjs');

/** Lighthouse's slow 4G, in the units of Chromium's network emulation (bytes per second). */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
const CPU_SLOWDOWN = 4;
const SETTLE_MS = 700;
/** The page's first paint against the plain page's, as the page paints today. */
const TARGETS = { fcpRatio: 1.2 };

/** The two data blocks the page builder writes (the guide's markup as text, and the wasm). */
const DATA_BLOCKS = /<script type="text\/plain" id="app-markup">[^]*?<\/script><script type="text\/plain" id="app-wasm">[^]*?<\/script>/;
const STEPS_START = '<div id="steps"';
const APP_END = '</div><template id="crash-notice-template"';

/** The page with its data blocks in the other place: after the steps if they stand before, and the other way round. */
function otherPlace(html) {
  const blocks = html.match(DATA_BLOCKS)?.[0];
  if (!blocks || !html.includes(STEPS_START) || !html.includes(APP_END)) throw new Error('the page has not the shape page_file.rs writes');
  const before = html.indexOf(blocks) < html.indexOf(STEPS_START);
  const without = html.replace(blocks, '');
  // Replaced by a function, as a replacement string would read the wasm's text's "$&" and "$'" as patterns.
  const moved = before ? without.replace(APP_END, () => blocks + APP_END) : without.replace(STEPS_START, () => blocks + STEPS_START);
  return { html: moved, name: before ? 'blocks after the steps' : 'blocks before the steps', built: before ? 'before the steps' : 'after the steps' };
}

async function load(browser, url, { name, app, cards }) {
  const page = await openPage(browser, { viewport: PHONE });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(watchFirstPaint);
  await page.addInitScript(watchLastCard, cards);
  if (app) await page.addInitScript(watchForFirstAnswer);
  await new Promise((settled) => setTimeout(settled, SETTLE_MS));
  await page.goto(url, { waitUntil: 'commit' });
  const result = {
    fcp: await within(page.evaluate(() => window.firstPaint), `${name}: no first paint`),
    lastCard: await within(page.evaluate(() => window.lastCard), `${name}: the last card never came`),
  };
  if (app) result.answer = await within(page.evaluate(() => window.firstAnswer), `${name}: the checker never answered`);
  else {
    await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
    result.loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  }
  // The moment waited for was the last card's only if the cards counted from the HTML are all there is.
  const present = await page.evaluate(({ selector }) => document.querySelectorAll(selector).length, cards);
  if (present !== cards.count) throw new Error(`${name}: ${present} cards, where its HTML has ${cards.count}`);
  if (page.problems.length) throw new Error(`${url}: ${page.problems.join('; ')}`);
  await page.context().close();
  return result;
}

const pageHtml = await readFile(join(pageDir, 'index.html'), 'utf8');
const plainHtml = await readFile(join(plainDir, 'index.html'), 'utf8');
const other = otherPlace(pageHtml);
// A copy of the built folder's page, with the blocks moved.
const otherDir = await mkdtemp(join(tmpdir(), 'bench-other-place-'));
await writeFile(join(otherDir, 'index.html'), other.html);

const pages = [
  { name: 'plain', dir: plainDir, app: false, cards: stepCards(plainHtml) },
  { name: `the page (blocks ${other.built})`, dir: pageDir, app: true, cards: stepCards(pageHtml) },
  { name: `the page with its ${other.name}`, dir: otherDir, app: true, cards: stepCards(pageHtml) },
];
const browser = await launchBrowser();
try {
  for (const page of pages) {
    page.server = await serveStatic({ root: page.dir, mount: '/bench/', brotli: true });
    // The server compresses a file on its first request: not part of any load.
    await fetch(page.server.url, { headers: { 'Accept-Encoding': 'br' } }).then((response) => response.arrayBuffer());
    page.loads = [];
  }
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < pages.length; turn++) {
      const page = pages[(run + turn) % pages.length];
      page.loads[run] = await load(browser, page.server.url, page);
    }
  }
} finally {
  await browser.close();
  for (const page of pages) await page.server?.close();
  await rm(otherDir, { recursive: true });
}

const [plain, ...apps] = pages;
const perRound = (page, of) => summary(page.loads.map((load, run) => of(load, plain.loads[run])));
const figures = {
  profile: { ...SLOW_4G, cpuSlowdown: CPU_SLOWDOWN, viewport: PHONE },
  wasmToolchain: await wasmToolchain(),
  runs,
  plain: {
    firstPaintMs: median(plain.loads.map((l) => l.fcp)),
    lastCardMs: median(plain.loads.map((l) => l.lastCard)),
    loadedMs: median(plain.loads.map((l) => l.loaded)),
  },
  pages: apps.map((page) => ({
    name: page.name,
    firstPaintMs: median(page.loads.map((l) => l.fcp)),
    lastCardMs: median(page.loads.map((l) => l.lastCard)),
    firstAnswerMs: median(page.loads.map((l) => l.answer)),
    firstPaintRatio: perRound(page, (load, p) => load.fcp / p.fcp),
    lastCardToPlainLoad: perRound(page, (load, p) => load.lastCard / p.loaded),
    firstAnswerToPlainLoad: perRound(page, (load, p) => load.answer / p.loaded),
  })),
};
const [built, moved] = apps;
figures.otherPlaceAgainstBuilt = {
  firstPaint: summary(moved.loads.map((load, run) => load.fcp / built.loads[run].fcp)),
  lastCard: summary(moved.loads.map((load, run) => load.lastCard / built.loads[run].lastCard)),
  firstAnswer: summary(moved.loads.map((load, run) => load.answer / built.loads[run].answer)),
};

console.log(`\nSlow 4G (${SLOW_4G.latency} ms round trip, 1.6 Mbit/s down), CPU ${CPU_SLOWDOWN}x slower, phone size; ${runs} rounds; the wasm built by ${figures.wasmToolchain}.`);
console.log(`plain page: first paint ${ms(figures.plain.firstPaintMs)}, last card ${ms(figures.plain.lastCardMs)}, loaded ${ms(figures.plain.loadedMs)}`);
for (const page of figures.pages) {
  console.log(`${page.name}: first paint ${ms(page.firstPaintMs)}, last card ${ms(page.lastCardMs)}, the checker's first answer ${ms(page.firstAnswerMs)}`);
  console.log(`  first paint to the plain page's: ${ratio(page.firstPaintRatio)}  [≤ ${TARGETS.fcpRatio}: ${verdict(page.firstPaintRatio.median <= TARGETS.fcpRatio)}]`);
  console.log(`  last card to the plain page's load: ${ratio(page.lastCardToPlainLoad)}; the checker's first answer to it: ${ratio(page.firstAnswerToPlainLoad)}`);
}
const against = figures.otherPlaceAgainstBuilt;
console.log(`${moved.name}, against the page as built: first paint ${ratio(against.firstPaint)}, last card ${ratio(against.lastCard)}, first answer ${ratio(against.firstAnswer)}`);
if (jsonOut) {
  await writeFile(jsonOut, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nFigures written to ${jsonOut}`);
}
