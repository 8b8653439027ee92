// Progress is never lost and never trusted blindly: the page carries on when
// storage throws or is full, reads back corrupt or odd saved data safely,
// and two tabs open at once keep in step.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PROGRESS_KEY as KEY, savedProgress, storedText, useBuiltPage, waitForApp } from '../support/fixture.mjs';
import { guide, counted } from '../support/guide-page.mjs';

const site = useBuiltPage();

/** Runs before the page's scripts: makes every touch of localStorage throw, as a sandboxed frame does. */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    },
  });
}

/** Runs before the page's scripts: storage works, but saving progress hits a full quota. */
function fillQuota() {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === 'whatsapp-backup-helper.progress') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
}

/** Opens the page once to reach its origin, stores `value`, and opens it again. */
async function openWithSaved(value) {
  const page = await site.open();
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, value]);
  await page.reload();
  await waitForApp(page);
  return page;
}

describe('saved progress', () => {
  test('progress saved by the page before its words became a content file loads unchanged', async () => {
    // Copied from localStorage of that page, after ticking steps 1 and 2,
    // skipping 4, "This fixed it" on 3 and typing three sizes.
    const saved = '{"version":1,"steps":{"icloud-access":"done","free-space":"done","back-up-now":"done","system-status":"skipped"},"fixedBy":"back-up-now","checker":{"backup":"1.2 GB","icloudUsed":"3.1 GB","icloudTotal":"5 GB","iphoneCapacity":"128 GB"}}';
    const page = await openWithSaved(saved);
    const { count, done, field, skip, step } = guide(page);
    assert.equal(await count().textContent(), counted(3, 1));
    for (const key of ['icloud-access', 'free-space', 'back-up-now']) assert.ok(await done(key).isChecked(), key);
    assert.equal(await skip('system-status').getAttribute('aria-pressed'), 'true');
    assert.equal(await step('back-up-now').locator('.success:not([hidden])').count(), 1, '"This fixed it" is back');
    assert.equal(await field('iCloud total').inputValue(), '5 GB');
    assert.equal(await field('iPhone capacity').inputValue(), '128 GB');
    assert.equal(await guide(page).notice().count(), 0, 'all of it was understood');
    assert.equal(await storedText(page), saved, 'and loading it rewrites nothing');
  });

  test('when localStorage throws, the page works in memory and says so once', async () => {
    const page = await site.open({ initScript: blockStorage });
    const notice = page.locator('.notice');
    assert.equal(await notice.count(), 1);
    assert.match(await notice.textContent(), /kept only until you close this page/);
    await page.getByLabel('Done with step 1', { exact: true }).check();
    await page.locator('.checker').getByLabel('Backup size').fill('1 GB');
    assert.equal(await page.locator('.summary .count').textContent(), counted(1));
    assert.equal(await page.locator('.notice').count(), 1, 'still one notice after changes');
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByLabel('Done with step 2', { exact: true }).check();
    assert.equal(await page.locator('.notice').count(), 0, 'dismissed for good');
  });

  test('a full storage keeps progress in memory and says so', async () => {
    const page = await site.open({ initScript: fillQuota });
    assert.equal(await page.locator('.notice').count(), 0, 'no notice while nothing failed');
    await page.getByLabel('Done with step 1', { exact: true }).check();
    assert.match(await page.locator('.notice').textContent(), /kept only until you close this page/);
    await page.getByLabel('Done with step 2', { exact: true }).check();
    assert.equal(await page.locator('.summary .count').textContent(), counted(2), 'progress carries on in memory');
  });

  test('two tabs at once: each shows the other’s changes and keeps them', async () => {
    const first = await site.open();
    const second = await first.context().newPage();
    await second.goto(site.url);
    await waitForApp(second);
    await first.getByLabel('Done with step 1', { exact: true }).check();
    await second.locator('.summary .count', { hasText: counted(1) }).waitFor();
    await second.getByLabel('Done with step 2', { exact: true }).check();
    await second.locator('.checker').getByLabel('Backup size').fill('2 GB');
    await first.locator('.summary .count', { hasText: counted(2) }).waitFor();
    // Each change is written a frame after it is shown, and arrives in turn.
    await first.waitForFunction(() => document.getElementById('backup-size').value === '2 GB');
    const saved = await savedProgress(first);
    assert.deepEqual(saved.steps, { 'icloud-access': 'done', 'free-space': 'done' }, 'neither tab wrote over the other');
  });

  test('corrupt saved data starts fresh, with a word to the user', async () => {
    // Cut short; and a list of pairs, which a JavaScript Map could be read from, but is not saved progress.
    for (const saved of ['{"version":1,"steps":{"icloud-acc', '[["version",1],["steps",{"update":"done"}]]']) {
      const page = await openWithSaved(saved);
      assert.equal(await page.locator('.summary .count').textContent(), counted(0), saved);
      assert.match(await page.locator('.notice').textContent(), /couldn't be read, so the guide starts fresh/);
      await page.context().close();
    }
  });

  test('odd saved data keeps what makes sense', async () => {
    const saved = JSON.stringify({
      version: 1,
      steps: { 'icloud-access': 'done', restart: 'maybe', 'old-step': 'done' },
      checker: { backup: '2 GB', icloudUsed: 42 },
    });
    const page = await openWithSaved(saved);
    assert.equal(await page.locator('.summary .count').textContent(), counted(1));
    assert.equal(await page.inputValue('#backup-size'), '2 GB');
    assert.equal(await page.inputValue('#icloud-used'), '');
    assert.match(await page.locator('.notice').textContent(), /Part of your saved progress couldn't be read/);
  });

  test('data of another schema version keeps the steps it names', async () => {
    // Version 1 is the first saved shape: data without a version, or with an
    // older one, is read field by field like any other, not thrown away.
    for (const version of [undefined, 0]) {
      const page = await openWithSaved(JSON.stringify({ version, steps: { restart: 'done', update: 'skipped' }, checker: { backup: '3 GB' } }));
      assert.equal(await page.locator('.summary .count').textContent(), counted(1, 1));
      assert.equal(await page.inputValue('#backup-size'), '3 GB');
      await page.context().close();
    }
  });

  test('a huge saved value is not trusted', async () => {
    const page = await openWithSaved(`{"version":1,"pad":"${'x'.repeat(3_000_000)}"}`);
    assert.equal(await page.locator('.summary .count').textContent(), counted(0));
    await page.getByLabel('Done with step 1', { exact: true }).check();
    const stored = await storedText(page);
    assert.ok(stored.length < 1000, 'the next change replaces it with real progress');
  });

  test('loading alone does not rewrite what was saved', async () => {
    const saved = JSON.stringify({ version: 2, steps: { update: 'done' }, later: { kept: true } });
    const page = await openWithSaved(saved);
    assert.equal(await page.locator('.summary .count').textContent(), counted(1));
    assert.equal(await storedText(page), saved);
  });

  test('a change not written yet is written at once when the page is hidden or closed', async () => {
    // A hidden tab gets no frames, so the page must not wait for one then.
    // The events are fired as the browser fires them: visibilitychange at
    // the document, bubbling; pagehide at the window.
    for (const [event, target] of [['visibilitychange', 'document'], ['pagehide', 'window']]) {
      const page = await site.open({ initScript: () => (window.requestAnimationFrame = () => 0) });
      await page.locator('.checker').getByLabel('Backup size').fill('7 GB');
      const read = () => page.evaluate((key) => localStorage.getItem(key), KEY);
      assert.equal(await read(), null, 'waits for the frame that never comes');
      await page.evaluate(([name, at]) => (at === 'window' ? window : document).dispatchEvent(new Event(name, { bubbles: at === 'document' })), [event, target]);
      assert.equal(JSON.parse(await read()).checker.backup, '7 GB', `written on ${event}`);
      await page.context().close();
    }
  });
});
