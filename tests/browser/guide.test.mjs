// The guide as a user meets it: eight steps, ticking them off, "This fixed
// it", starting over, deep links and links out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, waitForApp } from '../support/browser.mjs';
import { assertNoProblems, savedProgress, useBuiltPage } from '../support/fixture.mjs';

const site = useBuiltPage();

describe('the guide', () => {
  test('shows the eight steps in order, each with why and what to tap', async () => {
    const page = await site.open();
    const headings = await page.locator('section.step > h2 .step-title').allTextContents();
    assert.deepEqual(headings, [
      'Let WhatsApp use iCloud',
      'Make room in iCloud and on your iPhone',
      'Start a backup yourself',
      'Check that iCloud itself is working',
      'Restart your iPhone',
      'Update iOS and WhatsApp',
      'Leave videos out of the backup',
      'Delete the old iCloud backup and back up again',
    ]);
    for (let n = 1; n <= 8; n++) {
      const step = page.locator(`#step-${n}`);
      assert.match(await step.locator('.why').textContent(), /^Why it helps: .{20,}/);
      assert.ok((await step.locator('.instructions li').count()) >= 2, `step ${n} has instructions`);
    }
    // Seen as "Settings › your name › iCloud"; heard as "Settings, then your name, then iCloud".
    const firstLine = page.locator('#step-1 .instructions li').first();
    assert.equal(await firstLine.ariaSnapshot(), '- listitem: Open Settings, then your name, then iCloud');
    const arrows = await firstLine.locator('.tap-item').evaluateAll((items) =>
      items.map((item) => getComputedStyle(item, '::before').content));
    assert.deepEqual(arrows, ['none', '" › " / ", then "', '" › " / ", then "']);
    assert.match(await page.locator('#step-8 .warning').textContent(), /only copy of your chats/);
    assert.equal(await page.locator('h1').count(), 1);
    assertNoProblems(page);
  });

  test('ticking steps updates the count, and it survives a reload', async () => {
    const page = await site.open();
    const count = page.locator('.summary .count');
    assert.equal(await count.textContent(), '0 of 8 steps done');
    await page.getByLabel('Done with step 1').check();
    await page.getByLabel('Done with step 2').check();
    assert.equal(await count.textContent(), '2 of 8 steps done');
    await page.getByRole('button', { name: 'Skip step 4' }).click();
    assert.equal(await count.textContent(), '2 of 8 steps done, 1 skipped');
    assert.equal(await page.locator('#step-3').getAttribute('class'), 'step is-current');

    await page.reload();
    await waitForApp(page);
    assert.equal(await count.textContent(), '2 of 8 steps done, 1 skipped');
    assert.ok(await page.getByLabel('Done with step 2').isChecked());
    assert.equal(await page.getByRole('button', { name: 'Skip step 4' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual((await savedProgress(page)).steps, {
      'icloud-access': 'done',
      'free-space': 'done',
      'system-status': 'skipped',
    });
    assertNoProblems(page);
  });

  test('progress survives closing the tab and opening the page again', async () => {
    const page = await site.open();
    await page.getByLabel('Done with step 6').check();
    const context = page.context();
    await page.close();
    const again = await context.newPage();
    await again.goto(site.url);
    await waitForApp(again);
    assert.ok(await again.getByLabel('Done with step 6').isChecked());
    assert.equal(await again.locator('.summary .count').textContent(), '1 of 8 steps done');
  });

  test('"This fixed it" shows how to keep backups running, and is remembered', async () => {
    const page = await site.open();
    await page.getByRole('button', { name: 'This fixed it (step 3)' }).click();
    const success = page.locator('#step-3 .success');
    assert.match(await success.textContent(), /works again.*Auto Backup/s);
    assert.match(await page.locator('.fixed-banner').textContent(), /Step 3 fixed it/);
    assert.ok(await page.getByLabel('Done with step 3').isChecked(), 'the step that fixed it counts as done');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('#step-3 .success').count(), 1);
    await page.getByRole('button', { name: 'This fixed it (step 3)' }).click();
    assert.equal(await page.locator('.success, .fixed-banner').count(), 0, 'pressing again takes it back');
    assertNoProblems(page);
  });

  test('"Start over" asks first, then clears everything', async () => {
    const page = await site.open();
    const startOver = page.getByRole('button', { name: 'Start over' });
    assert.equal(await startOver.count(), 0, 'nothing to clear yet');
    await page.getByLabel('Done with step 1').check();
    await page.fill('#backup-size', '3 GB');
    await startOver.click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.equal(await page.locator('.summary .count').textContent(), '1 of 8 steps done');
    await startOver.click();
    await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
    assert.equal(await page.locator('.summary .count').textContent(), '0 of 8 steps done');
    assert.equal(await startOver.count(), 0, 'nothing left to clear');
    assert.equal(await page.inputValue('#backup-size'), '');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'summary-title');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('.summary .count').textContent(), '0 of 8 steps done');
    assertNoProblems(page);
  });

  test('a deep link opens at its step', async () => {
    const page = await site.open({ hash: '#step-5', viewport: DESKTOP });
    await page.waitForFunction(() => {
      const box = document.getElementById('step-5').getBoundingClientRect();
      return box.top >= 0 && box.top < 120;
    });
    assert.ok(await page.locator('#step-5 h2').isVisible());
  });

  test('the step list links to each step, even past cards not drawn yet', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await site.open({ viewport });
      for (const step of [8, 5, 2]) {
        await page.locator(`nav a[href="#step-${step}"]`).click();
        // Cards away from the screen are drawn late (content-visibility):
        // once the page stops moving, the step must be at the top.
        const top = await page.evaluate(async (id) => {
          const frame = () => new Promise((done) => requestAnimationFrame(done));
          let last;
          for (let still = 0; still < 10; still = scrollY === last ? still + 1 : 0) {
            last = scrollY;
            await frame();
          }
          return document.getElementById(id).getBoundingClientRect().top;
        }, `step-${step}`);
        assert.ok(top >= 0 && top < 40, `step ${step} at ${top}px at ${viewport.width}px wide`);
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
