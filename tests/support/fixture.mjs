// The one way a browser test opens a page, in Chromium, WebKit or Firefox.
// Every page opened here records console errors and warnings, uncaught
// errors and requests to any host but the local test servers (refused, so
// none leaves the machine), and after each test the fixture fails it on
// any, unless the test declared that one (`expected`): the README's promise
// holds for every test, with no call a test could forget. One browser and
// one static server of the built dist/ per suite, served from a sub-folder
// as a help center would.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { DESKTOP, PHONE, launchBrowser, openPage, waitForApp } from './browser.mjs';
import { launchFirefox, launchWebKit } from './engines.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

export { DESKTOP, PHONE, waitForApp };

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** The origins of the servers started here, by both local names (a cross-origin frame uses the other). */
const local = new Set();

/** Whether a URL is one of the local test servers, or needs no network. */
function isLocal(address) {
  const url = new URL(address);
  return ['data:', 'blob:', 'file:', 'about:'].includes(url.protocol) || local.has(url.origin);
}

/** Serves a folder for a test (options as serveStatic's): the one way to add a local host. */
export async function serve(options) {
  const server = await serveStatic(options);
  const { port } = new URL(server.url);
  for (const name of ['127.0.0.1', 'localhost']) local.add(`http://${name}:${port}`);
  return server;
}

/** A browser of `engine` with one verb, `open(options)`, for a recording page. */
async function launch(engine, options) {
  if (engine === 'webkit') return launchWebKit({ isLocal });
  if (engine === 'firefox') return launchFirefox({ isLocal });
  const browser = await launchBrowser(options);
  return {
    open: (pageOptions) => openPage(browser, { isLocal, ...pageOptions }),
    close: () => browser.close(),
  };
}

/** The problems of `opened` pages that no pattern of theirs expected. */
const unexpected = (opened) =>
  opened.flatMap(({ page, expected }) => page.problems.filter((problem) => !expected.some((pattern) => pattern.test(problem))));

/**
 * The built page for one suite, in `engine` ('chromium', 'webkit' or
 * 'firefox'), served at `mount` with `headers` added to every response.
 */
export function useBuiltPage({ engine = 'chromium', mount = '/help/whatsapp/', headers } = {}) {
  const state = { browsers: new Map(), opened: [] };
  // A browser per set of launch options, started when first needed.
  const browser = (options = {}) => {
    const key = JSON.stringify(options);
    if (!state.browsers.has(key)) state.browsers.set(key, launch(engine, options));
    return state.browsers.get(key);
  };
  before(async () => {
    assert.ok(existsSync(`${DIST}index.html`), 'dist/ is built (the test command builds it first)');
    state.server = await serve({ root: DIST, mount, headers });
    state.engine = await browser();
  });
  afterEach(async () => {
    const opened = state.opened.splice(0);
    const problems = unexpected(opened);
    await Promise.all(opened.map(({ page }) => (page.context ? page.context().close() : page.close()).catch(() => {})));
    assert.deepEqual(problems, [], 'no console error or warning, uncaught error or request to another host');
  });
  after(async () => {
    for (const started of state.browsers.values()) await (await started).close();
    await state.server?.close();
  });
  const site = {
    get url() {
      return state.server.url;
    },
    /**
     * A blank page in a context of its own, recording its problems in
     * `page.problems`. `expected` lists the patterns of the problems this
     * test causes on purpose; `partitionedStorage` starts it in a Chromium
     * that partitions a cross-origin frame's storage; the rest are
     * openPage's options (Chromium only).
     */
    async newPage({ expected = [], partitionedStorage = false, ...options } = {}) {
      const page = await (await browser(partitionedStorage ? { partitionedStorage } : {})).open(options);
      state.opened.push({ page, expected });
      return page;
    },
    /** Opens the page (with an optional `hash`: a query and/or fragment) and waits for the app (Chromium). */
    async open({ hash = '', initScript, ...options } = {}) {
      const page = await site.newPage(options);
      if (initScript) await page.addInitScript(initScript);
      await page.goto(state.server.url + hash);
      await waitForApp(page);
      return page;
    },
    /** The text of a page to open from disk: in WebKit with its reporter, as no proxy sees a file (engines.mjs). */
    fileText: (html) => state.engine.recorder?.(html) ?? html,
  };
  return site;
}

/** Where the page keeps progress in localStorage (STORAGE_KEY in core/src/progress.rs). */
export const PROGRESS_KEY = 'whatsapp-backup-helper.progress';

/**
 * The text the page stored, once a write it has scheduled has landed: it
 * writes in a task queued after the next frame (src/autosave.rs), so a
 * frame and then a task come after it.
 */
export async function storedText(page) {
  return page.evaluate(async (key) => {
    await new Promise((landed) => requestAnimationFrame(() => setTimeout(landed)));
    return localStorage.getItem(key);
  }, PROGRESS_KEY);
}

/** The saved progress, as the page stored it. */
export async function savedProgress(page) {
  const text = await storedText(page);
  return text === null ? null : JSON.parse(text);
}
