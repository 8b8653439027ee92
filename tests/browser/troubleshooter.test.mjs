// "What do you see?": each symptom puts the steps most likely to help
// first, says why, and keeps the rest below; the choice survives a reload
// and a shared link; "Is it stuck, or just slow?" answers whatever is
// typed; and support gets what the user sees and tried, ready to copy.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, savedProgress, useBuiltPage } from '../support/fixture.mjs';
import { guide, STEPS } from '../support/guide-page.mjs';
import { ID, LIVE_APP } from '../support/element-ids.mjs';

const site = useBuiltPage();

/** Each symptom as the page words it, and the steps its plan puts first (content/en.toml). */
const PLANS = [
  ['It says “Can\'t complete backup”', 'cant-complete', ['free-space', 'connection', 'system-status', 'back-up-now']],
  ["It's stuck at 0 bytes or 0%", 'stuck-at-zero', ['icloud-access', 'restart', 'connection', 'update']],
  ['It stops near the end, like 99%', 'stuck-near-end', ['connection', 'system-status', 'no-videos', 'update']],
  ["It says there isn't enough space", 'no-space', ['free-space', 'no-videos', 'delete-old-backup']],
  ['It takes forever or never finishes', 'slow', ['no-videos', 'power-and-wifi', 'back-up-now']],
  ['Automatic backups stopped, with no message', 'auto-stopped', ['back-up-now', 'power-and-wifi']],
  ['It says iCloud Drive is off, or asks me to sign in', 'icloud-off', ['icloud-access', 'sign-out']],
  ["It's end-to-end encrypted and won't finish", 'encrypted', ['power-and-wifi', 'back-up-now', 'encrypted-backup']],
  ["Something else, or I'm not sure", 'not-sure', []],
];

/** The keys of the step cards, and of the summary's entries, in the order on the page. */
const shownOrder = (page) =>
  page.evaluate((lists) => lists.map((list) =>
    [...document.getElementById(list).querySelectorAll(':scope > [data-step]')].map((item) => item.dataset.step)), [ID.STEPS, ID.STEP_LIST]);

/** What the order must be for a plan: its steps, then every other in the guide's order. */
const expectedOrder = (plan) => [...plan, ...STEPS.filter((key) => !plan.includes(key))];

describe('what do you see?', () => {
  test('each symptom puts its plan first, says why, and keeps every other step below', async () => {
    const page = await site.open({ viewport: DESKTOP });
    const { symptom, plan, step } = guide(page);
    for (const [label, key, planned] of PLANS) {
      await symptom(label).check();
      const titles = await Promise.all(planned.map((k) => step(k).locator('.step-title').textContent()));
      assert.deepEqual(await plan(), titles, `${key}: the plan lists its steps in order`);
      const whys = await page.locator('.plan-steps .why-first').allTextContents();
      assert.equal(whys.length, planned.length);
      for (const why of whys) assert.match(why, /^Why first: .{20,}/, key);
      const [cards, entries] = await shownOrder(page);
      assert.deepEqual(cards, expectedOrder(planned), `${key}: the cards in the order shown`);
      assert.deepEqual(entries, cards, `${key}: the summary lists them in the same order`);
      for (const [at, k] of cards.entries()) {
        assert.equal(await step(k).locator('.step-number').textContent(), `Step ${at + 1}`, `${key}: ${k} renumbered`);
      }
      assert.equal(await page.evaluate(() => new URLSearchParams(location.search).get('symptom')), key, 'the address names the choice');
    }
    // "Not sure" keeps the guide's own order and shows no plan.
    assert.deepEqual(await plan(), []);
    assert.equal(await page.locator('.plan').getAttribute('class'), 'plan');
  });

  test('a choice of radio buttons for keyboard and screen reader, whose plan is announced with what was chosen', async () => {
    const page = await site.open();
    const group = page.getByRole('group', { name: 'What do you see?' });
    assert.equal(await group.getByRole('radio').count(), PLANS.length);
    await group.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByRole('radio', { name: PLANS[1][0] }).isChecked(), true, 'arrow keys move the choice');
    // The live region says what was chosen and how many steps come first; not every step.
    const live = page.locator('.plan > [aria-live="polite"]');
    assert.equal(await live.textContent(), `${PLANS[1][0]}: Start with these 4 steps`);
    assert.equal(await live.locator('li').count(), 0);
  });

  test('the choice survives a reload, and a copied link opens the guide with it', async () => {
    const [label, key, plan] = PLANS[3];
    const page = await site.open({ hash: '?embed&theme=dark' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await guide(page).symptom(label).check();
    await page.waitForFunction(() => localStorage.getItem('whatsapp-backup-helper.progress')?.includes('no-space'));
    assert.equal((await savedProgress(page)).symptom, key);
    assert.equal(await page.evaluate(() => location.search), '?embed&theme=dark&symptom=no-space', 'the rest of the address as written');
    await page.reload();
    await page.locator(LIVE_APP).waitFor({ state: 'attached' });
    assert.equal(await guide(page).symptom(label).isChecked(), true);
    assert.equal((await shownOrder(page))[0][0], 'free-space');

    // The plan's link, copied, then opened by someone else: a fresh browser, nothing saved.
    await page.getByRole('button', { name: 'Copy a link to this plan' }).click();
    await page.locator('.share .copied', { hasText: 'Link copied.' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${site.url}?embed&theme=dark&symptom=no-space#plan`);
    const shared = await site.open({ hash: link.slice(site.url.length) });
    assert.equal(await guide(shared).symptom(label).isChecked(), true);
    assert.deepEqual((await shownOrder(shared))[0], expectedOrder(plan));
    // A link's symptom wins over the one saved, and is saved.
    await page.goto(`${site.url}?symptom=slow`);
    await page.locator(LIVE_APP).waitFor({ state: 'attached' });
    assert.equal((await shownOrder(page))[0][0], 'no-videos');
    await page.waitForFunction(() => localStorage.getItem('whatsapp-backup-helper.progress')?.includes('"slow"'));
    // An unknown one changes nothing, and the address no longer names it.
    await page.goto(`${site.url}?symptom=%3Cimg%3E`);
    await page.locator(LIVE_APP).waitFor({ state: 'attached' });
    assert.equal((await shownOrder(page))[0][0], 'no-videos', 'the saved choice stays');
    assert.equal(await page.evaluate(() => location.search), '?symptom=slow');
  });

  test('where the clipboard is refused, the link is there to copy by hand', async () => {
    const page = await site.open({ hash: '?symptom=slow', initScript: () => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    } });
    await page.getByRole('button', { name: 'Copy a link to this plan' }).click();
    await page.locator('.share .copied', { hasText: 'Copy this address instead:' }).waitFor();
    assert.equal(await page.locator('.share .copied').textContent(), `Copy this address instead: ${site.url}?symptom=slow#plan`);
    await page.getByRole('checkbox', { name: 'Done with step 1', exact: true }).check();
    await page.locator('.copy-box').getByRole('button', { name: 'Copy' }).click();
    await page.locator('.copy-box .copied', { hasText: 'select the text above' }).waitFor();
  });

  test('old links land on their step in the order of a plan', async () => {
    const page = await site.open({ hash: '?symptom=no-space#step-7' });
    // The browser's own scroll and the page's, once its cards are in the plan's order.
    assert.equal(await page.evaluate(() => location.hash), '#step-no-videos');
    assert.equal(await guide(page).step('no-videos').locator('.step-number').textContent(), 'Step 2');
    const top = await guide(page).step('no-videos').evaluate((card) => card.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 120, `no-videos at ${top}px`);
    // The checker's link to it follows the order too.
    const { field, verdict } = guide(page);
    await field('Backup size').fill('1.2 GB');
    await field('iCloud used').fill('3.1 GB of 5 GB used');
    assert.equal(await verdict('iCloud').getByRole('link', { name: 'step 2' }).getAttribute('href'), '#step-no-videos');
  });

  test('"Start over" clears the choice too, and the address with it', async () => {
    const page = await site.open({ hash: '?symptom=slow' });
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
    assert.equal(await page.getByRole('radio', { checked: true }).count(), 0);
    assert.deepEqual((await shownOrder(page))[0], STEPS);
    assert.equal(await page.evaluate(() => location.search), '');
  });
});

describe('is it stuck, or just slow?', () => {
  test('shown for the stuck and slow symptoms only', async () => {
    const page = await site.open();
    const estimate = page.locator('.estimate');
    for (const [label, key] of PLANS) {
      await guide(page).symptom(label).check();
      const expected = ['stuck-at-zero', 'stuck-near-end', 'slow'].includes(key);
      assert.equal(await estimate.isVisible(), expected, key);
    }
  });

  test('says how long the upload should take and what that means, for any input', async () => {
    const page = await site.open({ hash: '?symptom=slow' });
    const { estimateField, estimate, field } = guide(page);
    assert.equal(await estimate().innerText(), 'Type the backup size to see how long its upload should take.');
    await estimateField('Backup size').fill('9 GB');
    assert.equal(await field('Backup size').inputValue(), '9 GB', 'the checker has the same backup size');
    let answer = await estimate().innerText();
    assert.match(answer, /Uploading 9\u00a0GB at 10\u00a0Mbit\/s should take about 2 hours\./);
    assert.match(answer, /long upload: keep WhatsApp open/);
    assert.match(answer, /No speed typed, so this assumes 10\u00a0Mbit\/s/);

    await estimateField('Upload speed').fill('50 Mbps');
    answer = await estimate().innerText();
    assert.match(answer, /at 50\u00a0Mbit\/s should take about 25 minutes\./);
    assert.match(answer, /That is quick: if the backup has shown no progress for much longer, it is stuck/);
    assert.doesNotMatch(answer, /No speed typed/);

    const speed = estimateField('Upload speed');
    for (const [typed, message] of [
      ['fast', 'Type a speed, for example 10 or 10 Mbit/s.'],
      ['0', 'At that speed the upload would never finish.'],
      ['10 GB', "“GB” isn't a speed unit we know."],
      ['99999', 'That is faster than home and mobile connections go.'],
      ['<script>alert(1)</script>', 'Type a speed'],
    ]) {
      await speed.fill(typed);
      assert.equal(await speed.getAttribute('aria-invalid'), 'true', typed);
      assert.ok((await page.locator('#upload-speed-message').textContent()).startsWith(message), typed);
      assert.equal(await estimate().innerText(), '', `${typed}: no estimate from a speed that can't be read`);
    }
    // Arabic-Indic digits read as the digits they are, on every page.
    await speed.fill('٣');
    assert.match(await estimate().innerText(), /at 3\u00a0Mbit\/s should take about/);
    await speed.fill('');
    await estimateField('Backup size').fill('lots');
    assert.match(await page.locator('#estimate-backup-message').textContent(), /Type a number with its unit/);
    assert.equal(await estimate().innerText(), '');

    // The speed is kept with the rest of the progress.
    await speed.fill('8,5');
    await page.waitForFunction(() => localStorage.getItem('whatsapp-backup-helper.progress')?.includes('8,5'));
    await page.reload();
    await page.locator(LIVE_APP).waitFor({ state: 'attached' });
    assert.equal(await guide(page).estimateField('Upload speed').inputValue(), '8,5');
  });
});

describe('what to tell support', () => {
  test('what the user sees and the steps tried, ready to copy', async () => {
    const page = await site.open({ hash: '?symptom=slow' });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const box = page.locator('.copy-box');
    await guide(page).step('no-videos').getByRole('checkbox').check();
    await guide(page).step('back-up-now').getByRole('checkbox').check();
    const summary = 'What I see: It takes forever or never finishes.\n'
      + 'What I have tried: “Leave videos out of the backup” and “Start a backup yourself”.';
    assert.equal(await box.getByRole('textbox', { name: 'Ready to copy into your message' }).inputValue(), summary);
    assert.match(await page.locator('.tried').textContent(), /^Steps you marked done: 1 and 3\.$/, 'numbered in the order shown');
    await box.getByRole('button', { name: 'Copy' }).click();
    await box.locator('.copied', { hasText: 'Copied.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary);

    // "Not sure" says nothing of what is seen; with nothing to say, the box goes.
    await guide(page).symptom(PLANS.at(-1)[0]).check();
    assert.equal(await box.getByRole('textbox').inputValue(), 'What I have tried: “Start a backup yourself” and “Leave videos out of the backup”.', 'in the order now shown');
    assert.equal(await box.locator('.copied').textContent(), '', 'a new text is not copied yet');
    await guide(page).step('no-videos').getByRole('checkbox').uncheck();
    await guide(page).step('back-up-now').getByRole('checkbox').uncheck();
    assert.equal(await box.isVisible(), false);
  });
});

describe('the labels iOS and WhatsApp show today', () => {
  test('both the iOS 18 and the older labels, WhatsApp’s changing tab, and the minimum iOS', async () => {
    const page = await site.open();
    const { step } = guide(page);
    // As a screen reader says a line: the arrows are drawn, and heard as ", then ".
    const heard = (locator) => locator.ariaSnapshot();
    assert.match(await heard(step('back-up-now').locator('.instructions > li').first()), /Open WhatsApp, then Settings \(or your photo\), then Chats, then Chat Backup/);
    assert.match(await step('update').locator('.tip').textContent(), /WhatsApp supports only iOS 15\.5 or later/);
    assert.match(await step('connection').locator('.warning').textContent(), /Don't choose Erase All Content and Settings/);
    assert.match(await heard(step('power-and-wifi').locator('.instructions > li').first()), /Turn off Settings, then Battery, then Low Power Mode/);
    assert.match(await step('sign-out').locator('.warning').textContent(), /You need your Apple Account password/);
    assert.match(await step('encrypted-backup').locator('.why').textContent(), /WhatsApp can't reset it/);
    // Heard in order: the older labels are part of the line, not a separate note.
    const line = step('icloud-access').locator('.instructions > li').nth(2);
    assert.equal(await line.ariaSnapshot(), '- listitem: "Tap See All next to Saved to iCloud (on iOS 17 and earlier: Show All under Apps Using iCloud)"');
  });
});
