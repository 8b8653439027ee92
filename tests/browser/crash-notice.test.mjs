// If the WebAssembly ever stops (a Rust panic aborts with a trap), the page
// says so and offers a reload instead of freezing silently.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, useBuiltPage } from '../support/fixture.mjs';
import { counted } from '../support/guide-page.mjs';
import { ID, LIVE_APP } from '../support/element-ids.mjs';

const site = useBuiltPage();

describe('when the WebAssembly stops', () => {
  test('a trap shows a plain message with a reload button, once', async () => {
    const page = await site.open();
    await page.getByLabel('Done with step 1', { exact: true }).check();
    assert.equal(await page.locator(`#${ID.CRASH_NOTICE}`).count(), 0, 'no notice while all is well');
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable'), message: 'unreachable' })));
    }
    const notice = page.getByRole('alert');
    assert.match(await notice.textContent(), /Something went wrong, and this page stopped working/);
    assert.equal(await page.locator(`#${ID.CRASH_NOTICE}`).count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Reload the page', 'focus moves to the way out');
    await page.keyboard.press('Enter');
    await page.locator(LIVE_APP).waitFor({ state: 'attached' });
    assert.equal(await page.locator(`#${ID.CRASH_NOTICE}`).count(), 0, 'gone after the reload');
    assert.equal(await page.locator('.summary .count').textContent(), counted(1), 'saved progress is kept');
  });

  test('other errors are not mistaken for it', async () => {
    const page = await site.open();
    await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new TypeError('a host script failed'), message: 'x' })));
    assert.equal(await page.locator(`#${ID.CRASH_NOTICE}`).count(), 0);
  });

  test('a page that lost the wasm it starts from says so too, and keeps the guide', async () => {
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    const mangled = html.replace(new RegExp(`<script type="text/plain" id="${ID.WASM_BLOCK}">[^<]*</script>`), '');
    assert.notEqual(mangled, html, 'the wasm block was taken out');
    // The loader finds no wasm block to read: that start fails once, uncaught.
    const failedStart = /^uncaught: Cannot read properties of null \(reading 'text'\)$/;
    const page = await site.newPage({ expected: [failedStart] });
    await page.route(site.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: mangled }));
    await page.goto(site.url);
    assert.match(await page.getByRole('alert').textContent(), /Something went wrong, and this page stopped working/);
    assert.equal(await page.locator('h1').count(), 1, 'the pre-rendered guide is still there to read');
    assert.equal(await page.locator(`#${ID.APP} script`).count(), 0, 'the clean guide left the guide all the same');
    assert.equal(await page.evaluate((id) => document.getElementById(id).nextSibling.id, ID.CLEAN_MARKUP), ID.CRASH_NOTICE_TEMPLATE, 'and nothing stands in for the lost block');
    assert.equal(page.problems.length, 1, 'the one uncaught error of the failed start');
    assert.match(page.problems[0], failedStart);
  });
});
