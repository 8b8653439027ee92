// Accessibility: axe-core in Chromium on the page's states, light and dark,
// full and embedded (no WCAG 2.x A/AA violations and none of axe's
// best-practice findings); narrow screens and zoom; landmarks and headings;
// what screen readers are told. (The page has no motion to reduce: the
// stylesheet sets no animation, transition or smooth scrolling.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit } from '../support/axe.mjs';
import { ID } from '../support/element-ids.mjs';
import { useBuiltPage } from '../support/fixture.mjs';

const site = useBuiltPage();

const states = {
  fresh: async () => {},
  'with progress, a result and an error': async (page) => {
    await page.getByLabel('Done with step 1', { exact: true }).check();
    await page.getByRole('button', { name: 'Skip step 3' }).click();
    await page.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
    await page.getByLabel('iCloud used').fill('3.1 GB of 5 GB used');
    await page.getByLabel('iPhone used').fill('lots');
  },
  'storage refused: the notice': async (page) => {
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Full', 'QuotaExceededError');
      };
    });
    await page.getByLabel('Done with step 1', { exact: true }).check();
    await page.locator('.notice').waitFor();
  },
  'a symptom chosen, its plan and the estimate, an error, and what to tell support': async (page) => {
    await page.getByRole('radio', { name: 'It takes forever or never finishes' }).check();
    await page.locator('.estimate').getByLabel('Backup size').fill('9 GB');
    await page.locator('.estimate').getByLabel('Upload speed').fill('fast');
    await page.getByLabel('Done with step 1', { exact: true }).check();
  },
  'fixed, and confirming start over': async (page) => {
    await page.getByRole('button', { name: 'This fixed it (step 2)' }).click();
    await page.getByRole('button', { name: 'Start over' }).click();
  },
};

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, reach] of Object.entries(states)) {
      test(`${name}, ${colorScheme}: no axe violations`, async () => {
        const page = await site.open({ colorScheme });
        await reach(page);
        assert.deepEqual(await audit(page), []);
      });
    }
  }

  // Embedded, with a host's accent: a pale yellow is the hardest to keep readable.
  for (const colorScheme of ['light', 'dark']) {
    for (const address of ['?embed', '?embed&accent=%23ffd400']) {
      test(`embedded (${address}) with a result, ${colorScheme}: no axe violations`, async () => {
        const page = await site.open({ hash: address, colorScheme });
        await states['with progress, a result and an error'](page);
        await page.getByRole('button', { name: 'This fixed it (step 2)' }).click();
        assert.deepEqual(await audit(page), []);
      });
    }
  }

  // 320 px wide, and a 1280 px screen zoomed to 200% (640 CSS px at twice the density).
  for (const [name, viewport, deviceScaleFactor] of [['320 px wide', { width: 320, height: 640 }, 1], ['200% zoom', { width: 640, height: 450 }, 2]]) {
    test(`${name}: no horizontal scrolling, nothing cut off`, async () => {
      // With a plan and the estimate shown, as the widest state of the page.
      const page = await site.open({ hash: '?symptom=slow', viewport, deviceScaleFactor });
      await page.locator('.estimate').getByLabel('Upload speed').fill('12,5 Mbit/s');
      await page.getByLabel('iCloud used').fill('3.1 GB of 5 GB used');
      await page.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
      await page.getByLabel('iPhone used').fill('lots');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0);
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('main *:not(.visually-hidden)')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'hidden' && el.clientWidth > 0).map((el) => el.className),
      );
      assert.deepEqual(clipped, [], 'no text cut off');
    });
  }

  test('landmarks, one h1, headings in order', async () => {
    const page = await site.open();
    assert.equal(await page.locator('header').count(), 1);
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('footer').count(), 1);
    assert.equal(await page.locator('h1').count(), 1);
    const levels = await page.locator('h1, h2, h3, h4').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => assert.ok(i === 0 || level <= levels[i - 1] + 1, `h${level} after h${levels[i - 1]}`));
  });

  test('results and the count are announced politely, and errors belong to their fields', async () => {
    const page = await site.open();
    assert.equal(await page.locator('.summary .count').getAttribute('aria-live'), 'polite');
    assert.equal(await page.locator('.verdict').first().getAttribute('aria-live'), 'polite');
    await page.locator('.checker').getByLabel('Backup size').fill('1..2');
    const input = page.locator('.checker').getByLabel('Backup size');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    const described = (await input.getAttribute('aria-describedby')).split(' ');
    const message = await page.locator(`#${described.at(-1)}`).textContent();
    assert.ok(message.length > 10, `the error is the field's description: ${message}`);
  });

  test('the skip link is first and leads to the steps', async () => {
    const page = await site.open();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the steps');
    assert.ok(await page.locator('.skip-link').isVisible(), 'visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.hash === `#${id}`, ID.STEPS);
  });
});
