// Every language's page, in Chromium: each is its own file with its own
// `lang` and `dir`, says nothing in English, reads and writes sizes as its
// language does, passes axe, fits a 320 px screen, and links to the others
// keeping the user's place; progress is the user's, whatever the language;
// the first language's page offers the visitor's own language.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { audit } from '../support/axe.mjs';
import { useBuiltPage, waitForApp } from '../support/fixture.mjs';
import { FIRST, LANGUAGES } from '../support/languages.mjs';

const site = useBuiltPage();
const OTHERS = LANGUAGES.slice(1);

/** Everything the page says: its text, and the words only screen readers hear or fields show. */
async function everythingSaid(page) {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((element) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

/** The first language's sentences and phrases of three words or more, which no other page may show. */
let firstLanguagePhrases;
async function phrasesOfTheFirstLanguage() {
  if (!firstLanguagePhrases) {
    const page = await site.open();
    await page.getByRole('radio').nth(4).check(); // a plan and an estimate shown, for their words too
    const said = await everythingSaid(page);
    firstLanguagePhrases = [...new Set(said.split('\n').map((line) => line.trim()))].filter((line) => line.split(/\s+/).length >= 3);
    await page.context().close();
  }
  return firstLanguagePhrases;
}

describe('every language', () => {
  for (const language of LANGUAGES) {
    describe(language.tag, () => {
      test('is a page of its own, in its language and direction, linking to the others', async () => {
        const page = await site.open({ hash: language.path });
        const html = page.locator('html');
        assert.equal(await html.getAttribute('lang'), language.tag);
        assert.equal(await html.getAttribute('dir'), language.dir);
        // Written relative, and made full addresses as the page starts, as search engines want them.
        const alternates = await page.locator('link[rel=alternate]').evaluateAll((links) =>
          links.map((link) => [link.hreflang, link.getAttribute('href')]),
        );
        const addressOf = (other) => new URL(`${other.path}index.html`, site.url).href;
        assert.deepEqual(alternates, [...LANGUAGES.map((other) => [other.tag, addressOf(other)]), ['x-default', addressOf(FIRST)]]);
        const menu = page.getByRole('navigation', { name: await page.locator('.language-menu').getAttribute('aria-label') });
        await menu.locator('summary').click();
        const names = await menu.getByRole('link').allTextContents();
        assert.deepEqual(names, LANGUAGES.map((other) => other.name));
        assert.equal(await menu.locator('[aria-current=page]').textContent(), language.name);
      });

      if (language !== FIRST) {
        test('says nothing in the first language', async () => {
          const page = await site.open({ hash: language.path });
          await page.getByRole('radio').nth(4).check();
          const said = await everythingSaid(page);
          const left = (await phrasesOfTheFirstLanguage()).filter((phrase) => said.includes(phrase));
          assert.deepEqual(left, [], `${language.tag} still says these in ${FIRST.tag}`);
          const englishWords = said.match(/\b(the|your|you|with|and|Step|steps|backup is|Done|Skip)\b/g) ?? [];
          assert.deepEqual(englishWords, []);
        });
      }

      test('reads the sizes people there type, and writes them as they write them', async () => {
        const page = await site.open({ hash: language.path });
        await page.fill('#backup-size', language.size('1.2', 'gb').replace('\u00a0', ' '));
        await page.fill('#icloud-used', language.size('3.1', 'gb'));
        await page.fill('#icloud-total', `${language.written('5')}${language.units.gb}`);
        const verdict = page.locator('.checker fieldset:has(#icloud-used) .verdict');
        const answer = await verdict.textContent();
        assert.ok(answer.includes(language.size('560', 'mb')), `the shortfall, as ${language.tag} writes it: ${answer}`);
        assert.ok(answer.includes(language.size('2.46', 'gb')), `what the backup needs: ${answer}`);
        // Arabic-Indic digits and ASCII ones read the same, in any language.
        await page.fill('#iphone-used', `${language.written('20')} ${language.units.gb}`);
        await page.fill('#iphone-capacity', '64 GB');
        const iphone = await page.locator('.checker fieldset:has(#iphone-used) .verdict').textContent();
        assert.ok(iphone.includes(language.size('2.46', 'gb')), iphone);
        assert.equal(await page.locator('.checker .field-message.is-error').count(), 0, 'no field says it cannot read its size');
      });

      test('has no axe violations, with a plan, an estimate and a result shown', async () => {
        const page = await site.open({ hash: language.path });
        await page.getByRole('radio').nth(4).check();
        await page.fill('#backup-size', language.size('1.2', 'gb'));
        await page.fill('#icloud-used', language.size('3.1', 'gb'));
        await page.fill('#icloud-total', language.size('5', 'gb'));
        assert.deepEqual(await audit(page), []);
      });

      test('fits a 320 px screen without scrolling sideways', async () => {
        const page = await site.open({ hash: `${language.path}?symptom=slow`, viewport: { width: 320, height: 700 } });
        await page.fill('#backup-size', language.size('1.2', 'gb'));
        await page.locator('.language-menu summary').click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0);
      });
    });
  }
});

describe('right to left', () => {
  const arabic = LANGUAGES.find((language) => language.dir === 'rtl');

  test('the tap paths point, and the storage bar fills, from the right', async () => {
    const page = await site.open({ hash: arabic.path });
    // Isolated left to right, so no engine mirrors the arrow back to "›".
    const arrow = await page.locator('.tap-item + .tap-item').first().evaluate((item) => {
      const style = getComputedStyle(item, '::before');
      return [style.content, style.direction, style.unicodeBidi];
    });
    assert.match(arrow[0], /‹/);
    assert.deepEqual(arrow.slice(1), ['ltr', 'isolate']);
    await page.fill('#backup-size', arabic.size('1.2', 'gb'));
    await page.fill('#icloud-used', arabic.size('3.1', 'gb'));
    await page.fill('#icloud-total', arabic.size('5', 'gb'));
    const bar = page.locator('.checker fieldset:has(#icloud-used) .storage-bar');
    const [used, box] = await Promise.all([bar.locator('rect.bar-used').boundingBox(), bar.locator('svg').boundingBox()]);
    assert.ok(used.x + used.width > box.x + box.width - 2, 'what is used starts at the right edge');
    assert.ok(used.x > box.x + box.width / 3, 'and stops short of the left');
  });
});

describe('one user, every language', () => {
  const german = LANGUAGES.find((language) => language.tag === 'de');

  test('a step ticked and a symptom chosen in one language are so in the others', async () => {
    const page = await site.open();
    await page.locator('#step-icloud-access-done').check();
    await page.getByRole('radio').nth(3).check();
    await page.fill('#backup-size', '1.2 GB');
    await page.waitForTimeout(100);
    await page.goto(`${site.url}${german.path}`);
    await waitForApp(page);
    assert.ok(await page.locator('#step-icloud-access-done').isChecked());
    assert.ok(await page.getByRole('radio').nth(3).isChecked());
    assert.equal(await page.inputValue('#backup-size'), '1.2 GB', 'the size as it was typed');
  });

  test('the language menu opens the other page where the user is', async () => {
    const page = await site.open({ hash: '?symptom=slow#step-restart' });
    await page.locator('.language-menu summary').click();
    await Promise.all([page.waitForURL(/\/de\/index\.html/), page.getByRole('link', { name: german.name }).click()]);
    await waitForApp(page);
    const url = new URL(page.url());
    assert.equal(url.search, '?symptom=slow');
    assert.equal(url.hash, '#step-restart');
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    assert.ok(await page.locator('.question input[type=radio]:checked').count() === 1, 'the plan chosen');
  });

  test('"Save for offline use" saves the page in its own language', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'helper-language-'));
    const page = await site.open({ hash: german.path });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.save-offline').click()]);
    assert.equal(download.suggestedFilename(), 'whatsapp-backup-helper-de.html');
    const path = join(folder, 'saved.html');
    await download.saveAs(path);
    const saved = await readFile(path, 'latin1');
    assert.ok(/<html lang="de" dir="ltr" class="single-file"/.test(saved.slice(0, 200)), saved.slice(0, 200));
    // Alone, it has no other languages' pages beside it, so no menu to them.
    const opened = await site.newPage();
    await opened.goto(pathToFileURL(path).href);
    await waitForApp(opened);
    assert.ok(await opened.locator('.language-menu').isHidden());
    assert.equal(await opened.locator('html').getAttribute('lang'), 'de');
  });
});

describe('the first language offers the visitor\'s own', () => {
  const german = LANGUAGES.find((language) => language.tag === 'de');
  const offer = (page) => page.locator('.language-offer');

  test('to a browser that prefers German, in German, without leaving the page', async () => {
    const page = await site.open({ locale: 'de-DE', hash: '?symptom=slow' });
    await offer(page).waitFor();
    assert.equal(await offer(page).getAttribute('lang'), 'de');
    const link = offer(page).getByRole('link', { name: german.offer });
    assert.equal(new URL(await link.getAttribute('href'), page.url()).pathname, new URL(`${german.path}index.html`, site.url).pathname);
    assert.equal(new URL(page.url()).pathname, new URL(site.url).pathname, 'no redirect');
    await Promise.all([page.waitForURL(/\/de\/index\.html\?symptom=slow/), link.click()]);
  });

  test('has no axe violations, shown, with the language menu open', async () => {
    const page = await site.open({ locale: 'ar-SA' });
    await offer(page).waitFor();
    assert.equal(await offer(page).getAttribute('dir'), 'rtl', 'Arabic, right to left, in the English page');
    await page.locator('.language-menu summary').click();
    assert.deepEqual(await audit(page), []);
    // Escape closes the menu, and the focus stays on its button.
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.language-menu details').evaluate((details) => details.open), false);
    assert.ok(await page.locator('.language-menu summary').evaluate((summary) => summary === document.activeElement));
  });

  test('turned down, it stays away', async () => {
    const page = await site.open({ locale: 'de-DE' });
    await offer(page).waitFor();
    await offer(page).getByRole('button').click();
    assert.ok(await offer(page).isHidden());
    assert.equal(await page.evaluate(() => localStorage.getItem('whatsapp-backup-helper.language-offer')), 'dismissed');
    await page.reload();
    await waitForApp(page);
    await page.locator('.language-offer[data-asked]').waitFor({ state: 'attached' });
    assert.ok(await offer(page).isHidden());
  });

  test('to nobody whose browser prefers the first language, and never on the other pages', async () => {
    const english = await site.open({ locale: 'en-US' });
    await english.locator('.language-offer[data-asked]').waitFor({ state: 'attached' });
    assert.ok(await offer(english).isHidden());
    const other = await site.open({ locale: 'fr-FR', hash: german.path });
    assert.equal(await offer(other).count(), 0);
  });
});
