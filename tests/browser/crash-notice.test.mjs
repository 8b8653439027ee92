// If the WebAssembly ever stops (a Rust panic aborts with a trap), the page
// says so and offers a reload instead of freezing silently.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, useBuiltPage } from '../support/fixture.mjs';

const site = useBuiltPage();

describe('when the WebAssembly stops', () => {
  test('a trap shows a plain message with a reload button, once', async () => {
    const page = await site.open();
    await page.getByLabel('Done with step 1').check();
    assert.equal(await page.locator('#crash-notice').count(), 0, 'no notice while all is well');
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable'), message: 'unreachable' })));
    }
    const notice = page.getByRole('alert');
    assert.match(await notice.textContent(), /Something went wrong, and this page stopped working/);
    assert.equal(await page.locator('#crash-notice').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Reload the page', 'focus moves to the way out');
    await page.keyboard.press('Enter');
    await page.locator('#app[data-live]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#crash-notice').count(), 0, 'gone after the reload');
    assert.equal(await page.locator('.summary .count').textContent(), '1 of 8 steps done', 'saved progress is kept');
    assertNoProblems(page);
  });

  test('other errors are not mistaken for it', async () => {
    const page = await site.open();
    await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new TypeError('a host script failed'), message: 'x' })));
    assert.equal(await page.locator('#crash-notice').count(), 0);
  });
});
