// The guide as a user meets it: its steps, ticking them off, "This fixed
// it", starting over, deep links and links out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, savedProgress, useBuiltPage, waitForApp } from '../support/fixture.mjs';
import { guide, STEPS, counted } from '../support/guide-page.mjs';

const site = useBuiltPage();

/** Waits until the page stops scrolling, then gives the top of `element` in the viewport. */
async function topOnceStill(element) {
  return element.evaluate(async (target) => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    let last;
    for (let still = 0; still < 10; still = scrollY === last ? still + 1 : 0) {
      last = scrollY;
      await frame();
    }
    return target.getBoundingClientRect().top;
  });
}

describe('the guide', () => {
  test('shows the steps in order, each with why and what to tap', async () => {
    const page = await site.open();
    const { step, titles } = guide(page);
    assert.deepEqual(await titles(), [
      'Let WhatsApp use iCloud',
      'Make room in iCloud and on your iPhone',
      'Start a backup yourself',
      'Check the connection',
      'Give the backup Wi-Fi and power',
      'Check that iCloud itself is working',
      'Close WhatsApp and open it again',
      'Restart your iPhone',
      'Update iOS and WhatsApp',
      'Leave videos out of the backup',
      'Check the end-to-end encrypted backup',
      'Delete the old iCloud backup and back up again',
      'Sign out of iCloud and back in',
    ]);
    for (const [at, key] of STEPS.entries()) {
      assert.equal(await step(key).locator('.step-number').textContent(), `Step ${at + 1}`, 'numbered in the order shown');
      assert.match(await step(key).locator('.why').textContent(), /^Why it helps: .{20,}/);
      assert.ok((await step(key).locator('.instructions > li').count()) >= 2, `${key} has instructions`);
    }
    // Seen as "Settings › your name › iCloud"; heard as "Settings, then your name, then iCloud".
    const firstLine = step('icloud-access').locator('.instructions > li').first();
    assert.equal(await firstLine.ariaSnapshot(), '- listitem: Open Settings, then your name, then iCloud');
    const arrows = await firstLine.locator('.tap-item').evaluateAll((items) =>
      items.map((item) => getComputedStyle(item, '::before').content));
    assert.deepEqual(arrows, ['none', '" › " / ", then "', '" › " / ", then "']);
    assert.match(await step('delete-old-backup').locator('.warning').textContent(), /only copy of your chats/);
    assert.equal(await page.locator('h1').count(), 1);
  });

  test('ticking steps updates the count, and it survives a reload', async () => {
    const page = await site.open();
    const { count, done, skip, step } = guide(page);
    assert.equal(await count().textContent(), counted(0));
    await done('icloud-access').check();
    await done('free-space').check();
    assert.equal(await count().textContent(), counted(2));
    await skip('system-status').click();
    assert.equal(await count().textContent(), counted(2, 1));
    assert.equal(await step('back-up-now').getAttribute('class'), 'step is-current');
    assert.match(await step('system-status').locator('.step-number').evaluate((n) => getComputedStyle(n, '::after').content), /skipped/);

    await page.reload();
    await waitForApp(page);
    assert.equal(await count().textContent(), counted(2, 1));
    assert.ok(await done('free-space').isChecked());
    assert.equal(await skip('system-status').getAttribute('aria-pressed'), 'true');
    assert.deepEqual((await savedProgress(page)).steps, {
      'icloud-access': 'done',
      'free-space': 'done',
      'system-status': 'skipped',
    });
  });

  test('progress survives closing the tab and opening the page again', async () => {
    const page = await site.open();
    await guide(page).done('update').check();
    const context = page.context();
    await page.close();
    const again = await context.newPage();
    await again.goto(site.url);
    await waitForApp(again);
    assert.ok(await guide(again).done('update').isChecked());
    assert.equal(await guide(again).count().textContent(), counted(1));
  });

  test('"This fixed it" shows how to keep backups running, and is remembered', async () => {
    const page = await site.open();
    const { done, fixedIt, step } = guide(page);
    // Always in the card, hidden until the step fixed the backup.
    const success = step('back-up-now').locator('.success:not([hidden])');
    assert.equal(await success.count(), 0, 'no success before the step fixed it');
    await fixedIt('back-up-now').click();
    assert.match(await success.textContent(), /works again.*Auto Backup/s);
    assert.match(await page.locator('.fixed-banner').textContent(), /Step 3 fixed it/);
    assert.equal(await page.locator('.fixed-banner a').getAttribute('href'), '#step-back-up-now');
    assert.ok(await done('back-up-now').isChecked(), 'the step that fixed it counts as done');
    await page.reload();
    await waitForApp(page);
    assert.equal(await success.count(), 1);
    await fixedIt('back-up-now').click();
    assert.equal(await page.locator('.success:not([hidden]), .fixed-banner').count(), 0, 'pressing again takes it back');
  });

  test('"Start over" asks first, then clears everything', async () => {
    const page = await site.open();
    const { count, done, field, startOver } = guide(page);
    assert.equal(await startOver().count(), 0, 'nothing to clear yet');
    await done('icloud-access').check();
    await field('Backup size').fill('3 GB');
    await startOver().click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await count().textContent(), counted(1));
    await startOver().click();
    await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
    assert.equal(await count().textContent(), counted(0));
    assert.equal(await startOver().count(), 0, 'nothing left to clear');
    assert.equal(await field('Backup size').inputValue(), '');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'summary-title');
    await page.reload();
    await waitForApp(page);
    assert.equal(await count().textContent(), counted(0));
  });

  test('a deep link opens at its step, by key or by the number it had before steps had keys', async () => {
    for (const [hash, key] of [['#step-restart', 'restart'], ['#step-5', 'restart'], ['#step-7', 'no-videos']]) {
      const page = await site.open({ hash, viewport: DESKTOP });
      const top = await topOnceStill(guide(page).step(key));
      assert.ok(top >= 0 && top < 120, `${hash}: the ${key} step at ${top}px`);
      assert.equal(await page.evaluate(() => location.hash), `#step-${key}`, 'the old link becomes the link by key');
      assert.ok(await guide(page).step(key).locator('h2').isVisible(), hash);
      await page.context().close();
    }
  });

  test('the step list links to each step, even past cards not drawn yet', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await site.open({ viewport });
      for (const key of ['delete-old-backup', 'restart', 'free-space']) {
        await page.locator(`nav a[href="#step-${key}"]`).click();
        // Cards away from the screen are drawn late (content-visibility):
        // once the page stops moving, the step must be at the top.
        const top = await topOnceStill(guide(page).step(key));
        assert.ok(top >= 0 && top < 40, `${key} at ${top}px at ${viewport.width}px wide`);
        await page.evaluate(() => scrollTo(0, 0));
      }
    }
  });

  test('links out go to Apple and WhatsApp only, in a new tab that learns nothing', async () => {
    const page = await site.open();
    const links = await page.locator('a[href^="http"]').evaluateAll((as) =>
      as.map((a) => ({ host: new URL(a.href).host, target: a.target, rel: a.rel })),
    );
    assert.equal(links.length, 3);
    for (const link of links) {
      assert.ok(['www.apple.com', 'support.apple.com', 'faq.whatsapp.com'].includes(link.host), link.host);
      assert.equal(link.target, '_blank');
      assert.equal(link.rel, 'noopener noreferrer');
    }
  });
});
