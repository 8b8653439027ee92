// Printed, the guide is a checklist on paper: at most 4 A4 pages, no button
// or link that paper cannot use, each step's box ticked or empty as the
// user left it, and the checker's numbers as typed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltPage } from '../support/fixture.mjs';
import { guide, STEPS } from '../support/guide-page.mjs';

const site = useBuiltPage();

/** The number of pages in a PDF: its page objects. */
const pageCount = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g).length;

describe('printed', () => {
  test('fits on 4 A4 pages, with no controls, and the ticks as the user left them', async () => {
    const page = await site.open();
    const { done, field, fixedIt } = guide(page);
    await done('icloud-access').check();
    await fixedIt('no-videos').click();
    await field('Backup size').fill('1.2 GB');
    await field('iCloud used').fill('3.1 GB of 5 GB used');
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ media: 'print', colorScheme });
      const pages = pageCount(await page.pdf({ format: 'A4' }));
      assert.ok(pages <= 4, `${pages} pages (${colorScheme})`);
      const printed = await page.evaluate(() => {
        const shown = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
        const boxes = [...document.querySelectorAll('.done-toggle input')];
        return {
          buttons: [...document.querySelectorAll('button')].filter(shown).map((b) => b.textContent),
          offlineLink: shown(document.querySelector('.save-offline')),
          boxes: boxes.filter(shown).length,
          ticked: boxes.filter((box) => shown(box) && box.checked).map((box) => box.id),
          text: getComputedStyle(document.body).color,
          paper: getComputedStyle(document.body).backgroundColor,
          typed: document.getElementById('icloud-total').value,
          bar: shown(document.querySelector('.storage-bar')),
          address: shown(document.querySelector('.printed-address')) && document.querySelector('.printed-address').textContent,
          barParts: new Set(['used', 'needed', 'missing'].map((part) => {
            const style = getComputedStyle(document.querySelector(`.storage-bar .bar-${part}`));
            return `${style.fill} ${style.stroke} ${style.strokeDasharray}`;
          })).size,
        };
      });
      assert.deepEqual(printed.buttons, [], 'no button is printed');
      assert.equal(printed.offlineLink, false, 'no offline link');
      assert.equal(printed.boxes, STEPS.length, 'a box for each step');
      assert.deepEqual(printed.ticked, ['step-icloud-access-done', 'step-no-videos-done'], 'ticked as left');
      assert.deepEqual([printed.text, printed.paper], ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], `black on white (${colorScheme})`);
      assert.equal(printed.typed, '5 GB', "the checker's numbers as typed");
      assert.equal(printed.bar, true, "the checker's picture is printed");
      assert.equal(printed.address, `Open this guide again at ${site.url}`, "the page's address, to open it again");
      assert.equal(printed.barParts, 3, 'its parts told apart in black and white');
    }
  });

  test('with a symptom chosen: what the user sees and the plan, and the address that opens it again', async () => {
    const page = await site.open({ hash: '?symptom=slow' });
    await page.emulateMedia({ media: 'print' });
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    assert.ok(pages <= 4, `${pages} pages`);
    const printed = await page.evaluate(() => {
      const shown = (element) => element.getClientRects().length > 0;
      return {
        answers: [...document.querySelectorAll('.symptom')].filter(shown).map((answer) => answer.textContent),
        radios: [...document.querySelectorAll('.symptom input')].filter(shown).length,
        plan: shown(document.querySelector('.plan-steps')),
        address: document.querySelector('.printed-address').textContent,
      };
    });
    assert.deepEqual(printed.answers, ['It takes forever or never finishes'], 'only the answer chosen');
    assert.equal(printed.radios, 0);
    assert.equal(printed.plan, true);
    assert.equal(printed.address, `Open this guide again at ${site.url}?symptom=slow`);
  });
});
