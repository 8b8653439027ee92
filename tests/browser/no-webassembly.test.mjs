// Safari in Lockdown Mode has no WebAssembly at all. The page then says
// what still works and what is off, hides the controls that cannot work,
// and keeps the crash notice for real crashes. (The same is checked in
// WebKit and Firefox: tests/engines/.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltPage } from '../support/fixture.mjs';
import { guide, STEPS } from '../support/guide-page.mjs';
import { ID, LIVE_APP } from '../support/element-ids.mjs';

const site = useBuiltPage();

describe('without WebAssembly', () => {
  test('the guide reads, and a notice says what is off and why', async () => {
    const page = await site.newPage();
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto(site.url);
    const notice = page.getByRole('status').filter({ hasText: 'Lockdown Mode' });
    await notice.waitFor();
    assert.match(await notice.textContent(), /turned off WebAssembly.*steps below all still work/s);
    assert.equal(await page.locator(`#${ID.CRASH_NOTICE}`).count(), 0, 'not the crash notice');
    const { cards, done, field, step } = guide(page);
    assert.equal(await cards().count(), STEPS.length);
    assert.ok(await step('delete-old-backup').locator('.warning').isVisible());
    assert.equal(await done('icloud-access').isVisible(), false, 'no Done box that could not work');
    assert.equal(await field('Backup size').isVisible(), false, 'no checker field that could not answer');
    assert.equal(await page.locator('.needs-js:visible').count(), 0, 'no note that blames JavaScript');
    assert.equal(await page.locator(LIVE_APP).count(), 0);
  });
});
