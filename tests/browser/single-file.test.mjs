// dist/index.html is the whole page: readable before (and without) the
// wasm, working from disk with the network off, from a saved copy of a
// page in use, and as the file "Save for offline use" downloads.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, useBuiltPage, waitForApp } from '../support/fixture.mjs';
import { guide, STEPS } from '../support/guide-page.mjs';
import { ID } from '../support/element-ids.mjs';

const site = useBuiltPage();
let folder;
before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'helper-offline-'));
});
after(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Opens a file from disk with the network off. */
async function openFromDisk(path) {
  const page = await site.newPage({ offline: true });
  await page.goto(pathToFileURL(path).href);
  await waitForApp(page);
  return page;
}

/** One guide, and it answers: a tick counts and the checker replies. */
async function assertOneWorkingGuide(page) {
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await guide(page).cards().count(), STEPS.length);
  assert.equal(await guide(page).step('icloud-access').count(), 1);
  await guide(page).done('system-status').check();
  assert.match(await page.locator('.summary .count').textContent(), new RegExp(`^\\d+ of ${STEPS.length} steps done`));
  await page.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
  await page.getByLabel('iCloud used').fill('3.1 GB of 5 GB used');
  assert.match(await page.locator('.verdict').first().innerText(), /560\u00a0MB short/);
}

describe('one self-contained file', () => {
  test('dist/ needs nothing but index.html', async () => {
    const files = await readdir(DIST);
    assert.ok(files.includes('index.html'));
    assert.deepEqual(files.filter((name) => /\.(m?js|wasm|css)$/.test(name)), [], 'no script, wasm or stylesheet files');
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+stylesheet/, 'nothing is loaded from elsewhere');
    // The (minified) glue's async init, given the bytes decoded from the wasm's data block, ends the page's last script.
    assert.match(html, new RegExp(String.raw`([\w$]+)=document\.getElementById\("${ID.WASM_BLOCK}"\)[^]*await [\w$]+\(\{module_or_path:[\w$]+\(\1\.text\)\}\)\}catch\([\w$]+\)\{[^}]*\}\}\s*</script></body>`), 'started asynchronously from bytes');
    // (The last steps' <div>: the clean copy in the first data block holds one too.)
    assert.ok(html.indexOf(`id="${ID.WASM_BLOCK}"`) < html.lastIndexOf(`<div id="${ID.STEPS}"`), 'the data blocks come before the steps');
    assert.doesNotMatch(html, / style="| on[a-z]+="|eval\(/, 'no inline style or handler attributes, no eval');
  });

  test('copied alone to an empty folder, it works from disk with the network off', async () => {
    const path = join(folder, 'copied.html');
    await copyFile(join(DIST, 'index.html'), path);
    const page = await openFromDisk(path);
    await assertOneWorkingGuide(page);
    await page.reload();
    await waitForApp(page);
    const remembered = await guide(page).done('system-status').isChecked();
    const noticeShown = (await page.locator('.notice').count()) === 1;
    assert.ok(remembered || noticeShown, 'progress is kept, or the page says it cannot be');
  });

  test('a saved copy of a page in use reopens as one working guide', async () => {
    const page = await site.open();
    await guide(page).done('icloud-access').check();
    await guide(page).fixedIt('back-up-now').click();
    await page.locator('.checker').getByLabel('Backup size').fill('7 GB');
    // What "Save Page As" stores: the current DOM.
    const saved = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
    const path = join(folder, 'saved page.html');
    await writeFile(path, saved);
    const copy = await openFromDisk(path);
    await assertOneWorkingGuide(copy);
    assert.equal(await copy.locator('.summary').count(), 1);
  });

  test('"Save for offline use" downloads a clean, working copy', async () => {
    const page = await site.open();
    await page.locator('.checker').getByLabel('Backup size').fill('123.4 GB');
    await guide(page).done('free-space').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Save this guide for offline use' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'whatsapp-backup-helper.html');
    const path = join(folder, 'downloaded.html');
    await download.saveAs(path);
    const file = await readFile(path, 'utf8');
    assert.doesNotMatch(file, new RegExp(`123\\.4|class="step is-done|id="${ID.APP}" data-live`), 'no trace of the user’s progress or sizes');
    const copy = await openFromDisk(path);
    await assertOneWorkingGuide(copy);

    // The copy can save itself again.
    const [again] = await Promise.all([
      copy.waitForEvent('download'),
      copy.getByRole('link', { name: 'Save this guide for offline use' }).click(),
    ]);
    assert.equal(again.suggestedFilename(), 'whatsapp-backup-helper.html');
  });

  test('with JavaScript off, the whole guide is there to read', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url);
    assert.equal((await guide(page).titles()).length, STEPS.length);
    for (const key of STEPS) {
      assert.ok((await guide(page).step(key).locator('.instructions > li').count()) >= 2, key);
    }
    assert.equal(await page.locator('#support a[href^="https://"]').count(), 2);
    const notes = page.locator('.needs-js');
    assert.equal(await notes.count(), 2);
    for (const note of await notes.all()) assert.ok(await note.isVisible(), 'says what needs JavaScript');
    assert.ok(await guide(page).step('delete-old-backup').locator('.warning').isVisible());
    assert.equal(await guide(page).done('icloud-access').isVisible(), false, 'no Done box that could not work');
    assert.equal(await guide(page).field('Backup size').isVisible(), false, 'no checker field that could not answer');
    assert.equal(await page.locator('.lead').innerText(), `Work through these ${STEPS.length} steps in order. Most backups work again after the first few.`);
  });

  test('with JavaScript on, the notes are hidden and nothing is drawn twice', async () => {
    const page = await site.open();
    assert.equal(await page.locator('.needs-js:visible').count(), 0);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await guide(page).cards().count(), STEPS.length);
    assert.equal(await page.locator('.summary').count(), 1);
    assert.equal(await page.locator(`#${ID.APP} script`).count(), 0, 'the data blocks moved out of the guide');
  });
});
