// Debian's Chromium, headless, driven by playwright-core. Every page opened
// here records console errors, uncaught exceptions and requests to other
// hosts (tests/support/fixture.mjs fails a test on them).
import { chromium } from 'playwright-core';
import { LIVE_APP } from './element-ids.mjs';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the browser. Playwright turns storage partitioning off, which
 * leaves a cross-origin frame no storage at all; `partitionedStorage`
 * turns it back on, as browsers ship it, by replacing Playwright's list of
 * disabled features (the last `--disable-features` wins).
 */
export async function launchBrowser({ partitionedStorage = false } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: partitionedStorage ? [...FLAGS, '--disable-features=MediaRouter'] : FLAGS,
  });
}

/** Whether a URL stays on this machine: a loopback server, or no network at all. */
export function isLoopback(address) {
  const url = new URL(address);
  return ['data:', 'blob:', 'file:', 'about:'].includes(url.protocol) || ['127.0.0.1', 'localhost'].includes(url.hostname);
}

/**
 * A new page in its own context, recording trouble in `page.problems`:
 * console errors and warnings, uncaught errors, and requests to a URL
 * `isLocal` refuses, which are aborted, so none leaves the machine. Pages
 * the context opens later (a second tab) record into the same list.
 */
export async function openPage(browser, { viewport = PHONE, colorScheme = 'light', isLocal = isLoopback, ...options } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, ...options });
  const problems = [];
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
  await context.route(
    (url) => !isLocal(url.href),
    (route) => {
      problems.push(`request to another host: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.problems = problems;
  return page;
}

/** Waits until the wasm has taken over the pre-rendered guide. */
export async function waitForApp(page) {
  await page.locator(LIVE_APP).waitFor({ state: 'attached', timeout: 15_000 });
}
