// The drawn screens beside every tap path, in Chromium: each line with a
// path has its picture, whose screens show the path's places in order in
// the page's own words, in every language; iOS 17's screens where they
// differ; right to left in Arabic; the colour scheme and the host's accent;
// hidden from screen readers and from paper; there without scripts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltPage } from '../support/fixture.mjs';
import { LANGUAGES } from '../support/languages.mjs';

const site = useBuiltPage();

/**
 * Every line with a picture or a path, as the page shows it: the path's
 * places and the older ones, and what its screens draw: each screen's
 * title, what is marked to tap, and the iOS captions.
 */
function drawnLines(page) {
  return page.evaluate(() => {
    const text = (element) => element?.textContent.trim() ?? null;
    const lines = [...document.querySelectorAll('.instructions > li, .success, .contacts > li')].filter((line) =>
      line.querySelector('.tap-path, figure.screens'),
    );
    return lines.map((line) => {
      const figure = line.querySelector('figure.screens');
      const rows = figure ? [...figure.querySelectorAll('.screen-row')] : [];
      return {
        kind: line.matches('.success') ? 'success' : line.matches('.contacts > li') ? 'contact' : 'instruction',
        step: line.closest('section.step')?.id ?? null,
        path: [...line.querySelectorAll(':scope > .tap-path > .tap-item, :scope > p > .tap-path > .tap-item')].map(text),
        older: text(line.querySelector('.older-path')),
        pictures: line.querySelectorAll('figure.screens').length,
        hidden: figure?.getAttribute('aria-hidden') ?? null,
        captions: figure ? [...figure.querySelectorAll('.screens-ios')].map(text) : [],
        rows: rows.map((row) =>
          [...row.querySelectorAll('.screen')].map((screen) => ({
            title: text(screen.querySelector('.screen-top b')),
            tapped: text(screen.querySelector('.tap')),
          })),
        ),
      };
    });
  });
}

/**
 * What a row of screens draws, in order: each place marked to tap; the
 * title of the first screen, where the path opens it (Settings, before
 * "your name" is tapped on it); and the title of the screen it lands on.
 */
function drawnPlaces(screens, path) {
  const places = screens.map((screen) => screen.tapped).filter(Boolean);
  const [first, landing] = [screens[0], screens.at(-1)];
  const opened = first.title && !path[0].includes(places[0]) ? [first.title] : [];
  return { places: [...opened, ...places], landsOn: landing.tapped ? null : landing.title };
}

/** Whether each of `drawn` stands in `path`'s places, in order (a place may hold two: "See All next to Saved to iCloud"). */
function inOrder(drawn, path) {
  let at = 0;
  for (const place of drawn) {
    while (at < path.length && !path[at].includes(place)) at += 1;
    if (at === path.length) return false;
  }
  return true;
}

describe('the drawn screens', () => {
  for (const language of LANGUAGES) {
    test(`${language.tag}: every tap path has its picture, its places in order in the page's words`, async () => {
      const page = await site.open({ hash: language.path });
      const lines = await drawnLines(page);
      assert.ok(lines.length >= 30, `lines with a path: ${lines.length}`);
      for (const line of lines) {
        const where = `${language.tag} ${line.step}: ${line.path.join(' › ')}`;
        assert.equal(line.pictures, 1, `${where}: one picture`);
        assert.ok(line.path.length > 0, `${where}: a picture stands beside a path`);
        assert.equal(line.hidden, 'true', `${where}: screen readers hear the path's words instead`);
        const { places, landsOn } = drawnPlaces(line.rows[0], line.path);
        assert.ok(places.length > 0, `${where}: something is marked`);
        assert.ok(inOrder(places, line.path), `${where}: draws ${JSON.stringify(places)}`);
        // It ends where the path does: on its last place, tapped, or on the screen it opens.
        const last = line.path.at(-1);
        assert.ok(last.includes(places.at(-1)) || last.startsWith(landsOn ?? '\u0000'), `${where}: ends on ${places.at(-1)}`);
        if (line.older) {
          assert.equal(line.rows.length, 2, `${where}: iOS 17's screens too`);
          assert.equal(line.captions.length, 2, `${where}: each generation named`);
          assert.ok(line.older.includes(drawnPlaces(line.rows[1], line.path).places.at(-1)), `${where}: iOS 17's last place`);
        } else {
          assert.equal(line.rows.length, 1, `${where}: one set of screens where iOS 17 says the same`);
        }
      }
      const kinds = new Set(lines.map((line) => line.kind));
      assert.deepEqual([...kinds].sort(), ['contact', 'instruction', 'success'], 'the way to Auto Backup and to WhatsApp support too');
      // At phone width, the longest labels (German's) wrap inside their screen.
      await page.setViewportSize({ width: 390, height: 844 });
      const spilled = await page.evaluate(() =>
        [...document.querySelectorAll('.screen')].flatMap((screen) => {
          const box = screen.getBoundingClientRect();
          // Each label's own text, not the tap mark that overlaps the edge on purpose.
          return [...screen.querySelectorAll('li, li > span, .screen-top > *')]
            .flatMap((part) => [...part.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE))
            .filter((label) => {
              const range = document.createRange();
              range.selectNodeContents(label);
              const inner = range.getBoundingClientRect();
              return inner.left < box.left - 1 || inner.right > box.right + 1;
            })
            .map((label) => label.textContent);
        }),
      );
      assert.deepEqual(spilled, [], `${language.tag}: every label stays inside its screen`);
      // A title is broken inside a word only when the word is wider than its screen: beside a long
      // back label it takes a line of its own instead.
      const brokenTitles = await page.evaluate(() =>
        [...document.querySelectorAll('.screen-top b')].filter((title) => {
          const bar = title.parentElement;
          const room = bar.clientWidth;
          const longest = Math.max(
            ...title.textContent.split(/\s+/).map((word) => {
              const probe = Object.assign(document.createElement('b'), { textContent: word });
              probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
              bar.append(probe);
              const width = probe.getBoundingClientRect().width;
              probe.remove();
              return width;
            }),
          );
          return longest <= room && title.getBoundingClientRect().width + 0.5 < longest;
        }).map((title) => title.textContent),
      );
      assert.deepEqual(brokenTitles, [], `${language.tag}: no screen's title broken inside a word that fits`);
    });
  }

  test('the first step draws Settings, the account, and iCloud, then See All next to Saved to iCloud', async () => {
    const page = await site.open();
    const [open, tap] = (await drawnLines(page)).filter((line) => line.step === 'step-icloud-access' && line.kind === 'instruction');
    assert.deepEqual(open.rows[0].map((screen) => [screen.title, screen.tapped]), [
      ['Settings', 'your name'],
      ['your name', 'iCloud'],
      ['iCloud', null],
    ]);
    assert.deepEqual(tap.path, ['See All next to Saved to iCloud']);
    assert.match(tap.older, /Show All under Apps Using iCloud/);
    assert.deepEqual(tap.captions, ['iOS 18 and later', 'iOS 17 and earlier']);
    assert.deepEqual(tap.rows.map((row) => row.map((screen) => screen.tapped)), [
      ['See All', null],
      ['Show All', null],
    ]);
    // The list See All opens, with WhatsApp's switch on, as the step leaves it.
    const list = page.locator('#step-icloud-access figure.screens').nth(1).locator('.screen-row').first().locator('.screen').nth(1);
    assert.equal(await list.locator('.switch.on').textContent(), 'WhatsApp');
  });

  test('right to left in Arabic: the screens run from the right, chevrons mirrored', async () => {
    const arabic = LANGUAGES.find((language) => language.dir === 'rtl');
    const page = await site.open({ hash: arabic.path });
    const screens = page.locator('#step-icloud-access figure.screens').first().locator('.screen');
    const [first, second] = [await screens.nth(0).boundingBox(), await screens.nth(1).boundingBox()];
    assert.ok(second.x + second.width <= first.x, `the second screen stands left of the first: ${JSON.stringify([first, second])}`);
    const chevron = await page
      .locator('#step-icloud-access .screen .row')
      .first()
      .evaluate((row) => getComputedStyle(row, '::after').content);
    assert.equal(chevron, '"‹"');
  });

  test('follow the colour scheme and the host accent, and mark the row to tap with it', async () => {
    const colours = async (options, hash = '') => {
      const page = await site.open({ hash, ...options });
      const found = await page.locator('#step-icloud-access .screen .tap').first().evaluate((tapped) => {
        // The accent as the page resolves it, on an element coloured with it.
        const probe = document.body.appendChild(document.createElement('i'));
        probe.style.color = 'var(--accent)';
        const accent = getComputedStyle(probe).color;
        probe.remove();
        const style = getComputedStyle(tapped);
        return { screen: getComputedStyle(tapped.closest('.screen')).backgroundColor, mark: style.outlineColor, accent };
      });
      return found;
    };
    const light = await colours({ colorScheme: 'light' });
    const dark = await colours({ colorScheme: 'dark' });
    assert.notEqual(light.screen, dark.screen, 'a dark screen in the dark scheme');
    assert.equal(light.mark, light.accent);
    assert.equal(dark.mark, dark.accent);
    const hosted = await colours({ colorScheme: 'light' }, '?embed&accent=%230a7cff');
    assert.equal(hosted.mark, hosted.accent);
    assert.notEqual(hosted.mark, light.mark, "the host's accent, not the page's own");
  });

  test('are there without scripts, and left off paper', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.url);
    const pictures = page.locator('figure.screens');
    assert.ok((await pictures.count()) >= 30);
    assert.ok(await pictures.first().isVisible());
    assert.equal(await page.locator('figure.screens :is(a, button, input, [tabindex])').count(), 0, 'nothing to focus in a hidden picture');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await pictures.first().isVisible(), false, 'the printed checklist says the paths in words');
  });
});
