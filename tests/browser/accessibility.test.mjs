// axe-core in Chromium on the page's main states, light and dark, full and
// embedded: no
// WCAG 2.x A/AA violations and none of axe's best-practice findings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useBuiltPage } from '../support/fixture.mjs';

const site = useBuiltPage();
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function audit(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const states = {
  fresh: async () => {},
  'with progress, a result and an error': async (page) => {
    await page.getByLabel('Done with step 1').check();
    await page.getByRole('button', { name: 'Skip step 3' }).click();
    await page.getByLabel('Backup size').fill('1.2 GB');
    await page.getByLabel('iCloud used').fill('3.1 GB of 5 GB used');
    await page.getByLabel('iPhone used').fill('lots');
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

  test('no horizontal scrolling at 320 px', async () => {
    const page = await site.open({ viewport: { width: 320, height: 640 } });
    await page.getByLabel('iCloud used').fill('3.1 GB of 5 GB used');
    await page.getByLabel('Backup size').fill('1.2 GB');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
  });

  test('the skip link is first and leads to the steps', async () => {
    const page = await site.open();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the steps');
    assert.ok(await page.locator('.skip-link').isVisible(), 'visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#steps');
  });
});
