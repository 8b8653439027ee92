// Debian's Chromium, headless, driven by playwright-core. Every page opened
// here records console errors, uncaught exceptions and requests to any
// host but the page's own, so each test can assert there were none.
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

/**
 * A new page in its own context, recording trouble in `page.problems`.
 * `allowedOrigins` lists the origins the page may load from besides its own.
 */
export async function openPage(browser, { viewport = PHONE, colorScheme = 'light', allowedOrigins = [], ...options } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  let ownOrigin = null;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'file:') return;
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      ownOrigin = url.origin;
      return;
    }
    if (url.origin !== ownOrigin && !allowedOrigins.includes(url.origin)) {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  page.problems = problems;
  return page;
}

/** Waits until the wasm has taken over the pre-rendered guide. */
export async function waitForApp(page) {
  await page.locator(LIVE_APP).waitFor({ state: 'attached', timeout: 15_000 });
}
