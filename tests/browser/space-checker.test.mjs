// The space checker as a user types into it: answers at once, for iCloud and
// the iPhone, with what is missing and what to do; bad input gets a message.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { savedProgress, useBuiltPage, waitForApp } from '../support/fixture.mjs';
import { guide, STEPS } from '../support/guide-page.mjs';

const site = useBuiltPage();

const verdict = (page, place) => guide(page).verdict(place);

describe('the space checker', () => {
  test('labels match what iOS shows and are bound to their inputs', async () => {
    const page = await site.open();
    for (const [label, id] of [
      ['Backup size', 'backup-size'],
      ['iCloud used', 'icloud-used'],
      ['iCloud total', 'icloud-total'],
      ['iPhone used', 'iphone-used'],
      ['iPhone capacity', 'iphone-capacity'],
    ]) {
      assert.equal(await page.locator('.checker').getByLabel(label, { exact: true }).getAttribute('id'), id);
    }
    assert.match(await page.locator('.checker .rule').textContent(), /2\.05 times/);
  });

  test('the worked example: 560 MB short in iCloud, and the 50 GB plan fits', async () => {
    const page = await site.open();
    await page.locator('.checker').getByLabel('Backup size').pressSequentially('1.2 GB');
    await page.getByLabel('iCloud used').fill('3.1 GB');
    await page.getByLabel('iCloud total').fill('5 GB');
    const icloud = verdict(page, 'iCloud');
    assert.equal(await icloud.getAttribute('class'), 'verdict is-short');
    const text = await icloud.innerText();
    assert.match(text, /Not enough space in iCloud: 560\u00a0MB short\./);
    assert.match(text, /1\.9\u00a0GB free, 2\.46\u00a0GB needed/);
    assert.match(text, /Free at least 560\u00a0MB in Settings/);
    const noVideos = `step ${STEPS.indexOf('no-videos') + 1}`;
    assert.ok(text.includes(noVideos), text);
    assert.equal(await icloud.getByRole('link', { name: noVideos }).getAttribute('href'), '#step-no-videos', 'the link goes to the step by key');
    assert.match(text, /move to the 50\u00a0GB iCloud\+ plan, which would leave 46\.9\u00a0GB free/);
  });

  test('the answer follows the numbers as they change, and only the current answer shows', async () => {
    const page = await site.open();
    const icloud = verdict(page, 'iCloud');
    await page.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
    await page.getByLabel('iCloud used').fill('3.1 GB');
    await page.getByLabel('iCloud total').fill('5 GB');
    assert.match(await icloud.innerText(), /^Not enough space in iCloud: 560\u00a0MB short\./);
    await page.getByLabel('iCloud total').fill('50 GB');
    assert.equal(await icloud.getAttribute('class'), 'verdict is-enough');
    assert.equal((await icloud.innerText()).trim(), 'Enough space in iCloud. 46.9\u00a0GB free; the backup needs 2.46\u00a0GB.');
    await page.locator('.checker').getByLabel('Backup size').fill('6 TB');
    const tooBig = await icloud.innerText();
    assert.match(tooBig, /No iCloud\+ plan is large enough for this backup/);
    assert.doesNotMatch(tooBig, /Enough space|Or move to the/);
    await page.getByLabel('iCloud total').fill('');
    assert.equal(await icloud.getAttribute('class'), 'verdict');
    assert.equal((await icloud.innerText()).trim(), 'Type the backup size and both iCloud numbers to check iCloud.');
  });

  test('enough room on the iPhone says so, with the numbers', async () => {
    const page = await site.open();
    await page.locator('.checker').getByLabel('Backup size').fill('2,3 GB');
    await page.getByLabel('iPhone used').fill('100 GB');
    await page.getByLabel('iPhone capacity').fill('128 GB');
    const iphone = verdict(page, 'iPhone');
    assert.equal(await iphone.getAttribute('class'), 'verdict is-enough');
    assert.match(await iphone.innerText(), /Enough space in your iPhone\. 28\u00a0GB free; the backup needs 4\.72\u00a0GB\./);
    assert.match(await verdict(page, 'iCloud').innerText(), /Type the backup size and both iCloud numbers/);
  });

  test('short on the iPhone: what to free, and no plan to buy', async () => {
    const page = await site.open();
    await page.locator('.checker').getByLabel('Backup size').fill('850MB');
    await page.getByLabel('iPhone used').fill('63.5 GB');
    await page.getByLabel('iPhone capacity').fill('64 GB');
    const text = await verdict(page, 'iPhone').innerText();
    assert.match(text, /Not enough space in your iPhone: 1\.25\u00a0GB short\. 500\u00a0MB free, 1\.75\u00a0GB needed\./);
    assert.doesNotMatch(text, /iCloud\+/);
  });

  test('a pasted "37.3 GB of 50 GB used" fills both iCloud fields', async () => {
    const page = await site.open();
    await page.locator('.checker').getByLabel('Backup size').fill('1 GB');
    await page.getByLabel('iCloud used').fill('37.3 GB of 50 GB used');
    assert.equal(await page.inputValue('#icloud-used'), '37.3 GB');
    assert.equal(await page.inputValue('#icloud-total'), '50 GB');
    assert.match(await verdict(page, 'iCloud').innerText(), /Enough space in iCloud\. 12\.7\u00a0GB free/);
  });

  test('a bare number is read as GB, and the page says so', async () => {
    const page = await site.open();
    await page.locator('.checker').getByLabel('Backup size').fill('4');
    assert.equal(await page.locator('#backup-size-message').textContent(), 'Read as 4\u00a0GB. Add MB if you meant megabytes.');
    assert.equal(await page.locator('.checker').getByLabel('Backup size').getAttribute('aria-invalid'), null);
  });

  test('bad input gets a clear message tied to its field, never NaN or a crash', async () => {
    const page = await site.open();
    const cases = [
      ['#backup-size', 'lots', /Type a number with its unit/],
      ['#backup-size', '1..2', /Type a number with its unit/],
      ['#backup-size', '-3 GB', /can't be negative/],
      ['#backup-size', '5 PB', /“PB” isn't a unit we know/],
      ['#backup-size', '99999999999999999999999 GB', /more than any iPhone or iCloud plan/],
    ];
    for (const [selector, text, message] of cases) {
      await page.fill(selector, text);
      const input = page.locator(selector);
      assert.equal(await input.getAttribute('aria-invalid'), 'true', text);
      const describedBy = (await input.getAttribute('aria-describedby')).split(' ');
      const messageId = `${selector.slice(1)}-message`;
      assert.ok(describedBy.includes(messageId), 'the message describes the field');
      assert.match(await page.locator(`#${messageId}`).textContent(), message, text);
    }
    await page.fill('#backup-size', '1 GB');
    await page.fill('#icloud-used', '6 GB');
    await page.fill('#icloud-total', '5 GB');
    assert.equal(await page.locator('#icloud-used').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#icloud-used-message').textContent(), /more than the iCloud total \(5\u00a0GB\)/);
    const body = await page.locator('body').innerText();
    assert.doesNotMatch(body, /NaN|Infinity|\binf\b|undefined/);
  });

  test('what the user typed survives a reload', async () => {
    const page = await site.open();
    await page.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
    await page.getByLabel('iCloud used').fill('3.1 GB');
    await page.getByLabel('iCloud total').fill('5 GB');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.inputValue('#backup-size'), '1.2 GB');
    assert.equal(await page.inputValue('#icloud-total'), '5 GB');
    assert.match(await verdict(page, 'iCloud').innerText(), /560\u00a0MB short/);
    assert.equal((await savedProgress(page)).checker.icloudUsed, '3.1 GB');
  });
});

/** The storage bar of "iCloud" or "iPhone": each drawn part's share of the bar, read back from the page. */
async function drawnBar(page, place) {
  const bar = page.locator(`.checker fieldset:has(legend:text-is("${place}")) .storage-bar`);
  return bar.evaluate((element) => {
    const svg = element.querySelector('svg');
    const width = svg.viewBox.baseVal.width;
    const drawn = (name) => {
      const rect = svg.querySelector(`.bar-${name}`);
      const box = rect.getBoundingClientRect();
      return { start: rect.x.baseVal.value / width, share: rect.width.baseVal.value / width, pixels: box.width, fill: getComputedStyle(rect).fill };
    };
    return {
      shown: element.getClientRects().length > 0,
      alt: svg.getAttribute('aria-label'),
      role: svg.getAttribute('role'),
      used: drawn('used'),
      needed: drawn('needed'),
      missing: drawn('missing'),
      track: drawn('track'),
      key: [...element.querySelectorAll('.bar-key li')].filter((li) => !li.hidden).map((li) => li.textContent),
    };
  });
}

describe('the storage bar', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`draws what the numbers say, for iCloud and the iPhone (${colorScheme})`, async () => {
      const page = await site.open({ colorScheme });
      const { field } = guide(page);
      assert.equal((await drawnBar(page, 'iCloud')).shown, false, 'no bar before there is an answer');
      await field('Backup size').fill('1.2 GB');
      // Short: 3.1 of 5 GB used, 2.46 GB needed; the bar is 5.56 GB wide.
      await field('iCloud used').fill('3.1 GB of 5 GB used');
      const icloud = await drawnBar(page, 'iCloud');
      assert.equal(icloud.shown, true);
      const near = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 0.002, `${what}: ${actual} ≈ ${expected}`);
      near(icloud.used.share, 3.1 / 5.56, 'used');
      near(icloud.needed.share, 1.9 / 5.56, 'the need that fits in what is free');
      near(icloud.missing.start, 5 / 5.56, 'what does not fit starts at the end of the space');
      near(icloud.missing.share, 0.56 / 5.56, 'what does not fit');
      near(icloud.track.share, 5 / 5.56, 'the space itself');
      assert.equal(icloud.role, 'img');
      assert.equal(icloud.alt, '3.1\u00a0GB of 5\u00a0GB used. The backup needs 2.46\u00a0GB: 560\u00a0MB more than is free.');
      assert.deepEqual(icloud.key, ['Used', 'The backup needs', "Doesn't fit"]);
      // Enough: 20 of 64 GB used, 2.46 GB needed, the rest still free.
      await field('iPhone used').fill('20 GB');
      await field('iPhone capacity').fill('64 GB');
      const iphone = await drawnBar(page, 'iPhone');
      near(iphone.used.share, 20 / 64, 'used');
      near(iphone.needed.share, 2.46 / 64, 'needed');
      assert.equal(iphone.missing.share, 0, 'nothing past the end');
      near(iphone.track.share, 1, 'the space is the whole bar');
      assert.equal(iphone.alt, '20\u00a0GB of 64\u00a0GB used. The backup needs 2.46\u00a0GB, which leaves 41.5\u00a0GB free.');
      assert.deepEqual(iphone.key, ['Used', 'The backup needs', 'Still free']);
      // Each part is drawn in a colour of its own, at 3:1 or more against what is behind the bar.
      assert.equal(new Set([icloud.used.fill, icloud.needed.fill, icloud.missing.fill]).size, 3);
      const contrasts = await page.evaluate(() => {
        const luminance = (colour) => {
          const [r, g, b] = colour.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const behind = luminance(getComputedStyle(document.querySelector('.checker')).backgroundColor);
        return Object.fromEntries(['used', 'needed', 'missing', 'end'].map((part) => {
          const own = luminance(getComputedStyle(document.querySelector(`.storage-bar .bar-${part}`)).fill);
          return [part, (Math.max(own, behind) + 0.05) / (Math.min(own, behind) + 0.05)];
        }));
      });
      for (const [part, contrast] of Object.entries(contrasts)) assert.ok(contrast >= 3, `${part}: ${contrast.toFixed(2)}:1`);
      // It follows the numbers as they change.
      await field('iCloud total').fill('50 GB');
      const bigger = await drawnBar(page, 'iCloud');
      near(bigger.used.share, 3.1 / 50, 'used, of the larger plan');
      assert.equal(bigger.missing.share, 0);
    });
  }

  test('at 320 px the parts are still there to see', async () => {
    const page = await site.open({ viewport: { width: 320, height: 640 } });
    const { field } = guide(page);
    await field('Backup size').fill('1.2 GB');
    await field('iCloud used').fill('3.1 GB of 5 GB used');
    const icloud = await drawnBar(page, 'iCloud');
    assert.ok(icloud.missing.pixels >= 20, `what does not fit is ${icloud.missing.pixels}px wide`);
  });
});
