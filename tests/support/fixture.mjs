// One browser and one static server of the built dist/ per test file,
// served from a sub-folder as a help center would.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { launchBrowser, openPage, waitForApp } from './browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

export function useBuiltPage() {
  const state = {};
  before(async () => {
    assert.ok(existsSync(`${DIST}index.html`), 'dist/ is built (the test command builds it first)');
    state.server = await serveStatic({ root: DIST, mount: '/help/whatsapp/' });
    state.browser = await launchBrowser();
  });
  after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get url() {
      return state.server.url;
    },
    /** A blank page in a context of its own (see openPage for options). */
    newPage(options) {
      return openPage(state.browser, options);
    },
    /** Opens the page (with an optional `hash`: a query and/or fragment) and waits for the app. */
    async open({ hash = '', initScript, ...options } = {}) {
      const page = await openPage(state.browser, options);
      if (initScript) await page.addInitScript(initScript);
      await page.goto(state.server.url + hash);
      await waitForApp(page);
      return page;
    },
  };
}

/** Asserts the page logged no errors or warnings and asked no other host. */
export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'no console errors, warnings or requests to other hosts');
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
