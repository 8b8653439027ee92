// The whole flow with the keyboard alone, as someone who cannot use a
// pointer would: every control is reached with Tab, works with Space or
// Enter, and shows where the focus is.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, useBuiltPage } from '../support/fixture.mjs';
import { counted } from '../support/guide-page.mjs';

const site = useBuiltPage();

/**
 * Presses Tab (or Shift+Tab, `back`) until `matches` holds in the page,
 * checking that every element on the way shows a focus ring; fails after
 * 200 presses.
 */
async function tabTo(page, description, matches, { back = false } = {}) {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      return { what: element.outerHTML.slice(0, 80), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    assert.ok(focused.ring, `on the way to ${description}, the focus is visible on ${focused.what}`);
    if (await page.evaluate(matches)) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

describe('with the keyboard alone', () => {
  test('tick, skip, "This fixed it", the checker and starting over', async () => {
    const page = await site.open({ viewport: DESKTOP });
    const count = page.locator('.summary .count');

    await tabTo(page, 'the Done box of step 1', () => document.activeElement.id === 'step-icloud-access-done');
    await page.keyboard.press('Space');
    assert.equal(await count.textContent(), counted(1));

    await tabTo(page, 'the backup size', () => document.activeElement.id === 'backup-size');
    await page.keyboard.type('1.2 GB');
    await tabTo(page, 'iCloud used', () => document.activeElement.id === 'icloud-used');
    await page.keyboard.type('3.1 GB of 5 GB used');
    // Typed letter by letter, the line is split as the field is left.
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue('#icloud-total'), '5 GB');
    assert.match(await page.locator('.verdict').first().innerText(), /560\u00a0MB short/);

    await tabTo(page, 'Skip step 2', () => document.activeElement.textContent.includes('Skip') && document.activeElement.closest('#step-free-space'));
    await page.keyboard.press('Enter');
    assert.equal(await count.textContent(), counted(1, 1));

    await tabTo(page, '"This fixed it" on step 3', () => document.activeElement.classList.contains('fixed-toggle') && document.activeElement.closest('#step-back-up-now'));
    await page.keyboard.press('Enter');
    assert.match(await page.locator('#step-back-up-now .success:not([hidden])').textContent(), /Great, your backup works again/);

    await tabTo(page, 'Start over', () => document.activeElement.textContent === 'Start over', { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, 'the confirmation', () => document.activeElement.textContent === 'Yes, clear my progress');
    await page.keyboard.press('Enter');
    assert.equal(await count.textContent(), counted(0));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'summary-title', 'focus lands on the progress heading');
    assert.equal(await page.inputValue('#backup-size'), '');
  });
});
