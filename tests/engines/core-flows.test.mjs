// The flows every visitor depends on, in WebKit (the engine of Safari and
// of every iOS browser) and in Firefox: the page takes over from a
// sub-folder, the checker answers what is typed and pasted, bad input gets
// its message, progress survives a reload, the file works from disk, a
// sandboxed cross-origin frame works and reports its height, a browser
// without WebAssembly (Lockdown Mode) gets an honest page, and every
// language's page works, right to left too, with the drawn screens beside
// its tap paths. The fixture fails any of them on a console error, an
// uncaught error or a request to another host.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, serve, useBuiltPage } from '../support/fixture.mjs';
import { counted, STEPS } from '../support/guide-page.mjs';
import { LANGUAGES } from '../support/languages.mjs';
import { ID, LIVE_APP } from '../support/element-ids.mjs';

const LIVE = `document.querySelector('${LIVE_APP}') !== null`;

/** The tap paths and their pictures, and the first picture's first two screens and mark, laid out. */
const PICTURES = `(() => {
  const figure = document.querySelector('#step-icloud-access figure.screens');
  figure.scrollIntoView();
  const box = (element) => element.getBoundingClientRect().toJSON();
  return {
    paths: document.querySelectorAll('.instructions > li > .tap-path').length,
    figures: document.querySelectorAll('.instructions > li > figure.screens').length,
    screens: [...figure.querySelectorAll('.screen')].slice(0, 2).map(box),
    mark: getComputedStyle(figure.querySelector('.tap')).outlineWidth,
  };
})()`;

const text = (selector) => `document.querySelector(${JSON.stringify(selector)}).textContent`;
const value = (selector) => `document.querySelector(${JSON.stringify(selector)}).value`;
const tick = (page, key) => page.click(`label[for="step-${key}-done"]`);
/** Leaves a field, as Tab would: the browser then tells the page the field changed. */
const leave = (page, selector) => page.eval(`document.querySelector(${JSON.stringify(selector)}).blur()`);

let folder;
let host;
let noWasm;

/** A help center's article on another origin (another port), embedding the page at `helper` sandboxed. */
const article = (helper) =>
  `<!doctype html><html lang="en"><head><title>Article</title><link rel="icon" href="data:,"></head><body>
    <iframe id="helper" title="Backup helper" sandbox="allow-scripts" src="${helper}?embed" style="width:100%;height:300px;border:0"></iframe>
    <script>
      window.heights = [];
      addEventListener('message', (event) => {
        if (event.data?.type === 'wa-backup-helper:resize') heights.push(event.data.height);
      });
    </script></body></html>`;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'helper-engines-'));
  // The page in a browser that has no WebAssembly, as Safari in Lockdown Mode.
  const page = await readFile(join(DIST, 'index.html'), 'utf8');
  await writeFile(join(folder, 'index.html'), page.replace('<head>', '<head><script>delete globalThis.WebAssembly</script>'));
  host = await serve({ root: folder, mount: '/' });
  noWasm = `${host.url}index.html`;
});

after(async () => {
  await host?.close();
  await rm(folder, { recursive: true, force: true });
});

for (const [name, engine, userAgent] of [
  ['WebKit', 'webkit', /AppleWebKit\/[\d.]+ \(KHTML, like Gecko\) Version\/[\d.]+ Safari/],
  ['Firefox', 'firefox', /Gecko\/\d+ Firefox\/\d+/],
]) {
  describe(`in ${name}`, () => {
    const site = useBuiltPage({ engine });

    /** A new page (a fresh profile) at `url`, once the page has taken over. */
    async function open(url) {
      const page = await site.newPage();
      await page.goto(url);
      await page.waitFor(LIVE, 'the page to take over');
      return page;
    }

    test('takes over from a sub-folder; the checker answers what is typed and pasted', async () => {
      const page = await open(site.url);
      const agent = await page.eval('navigator.userAgent');
      assert.match(agent, userAgent, 'this engine and no other');
      assert.doesNotMatch(agent, /Chrome/);
      await page.type('#backup-size', '1.2 GB');
      // Typed letter by letter as iOS shows it, the line fills both fields
      // once the field is left.
      await page.type('#icloud-used', '3.1 GB of 5 GB used');
      await leave(page, '#icloud-used');
      assert.equal(await page.eval(value('#icloud-used')), '3.1 GB');
      assert.equal(await page.eval(value('#icloud-total')), '5 GB');
      const verdict = await page.eval(text('.verdict.is-short'));
      assert.match(verdict, /Not enough space in iCloud: 560\u00a0MB short\./);
      assert.match(verdict, /50\u00a0GB iCloud\+ plan, which would leave 46\.9\u00a0GB free/);
      await page.type('#iphone-used', 'lots');
      assert.equal(await page.eval("document.getElementById('iphone-used').getAttribute('aria-invalid')"), 'true');
      assert.match(await page.eval(text('#iphone-used-message')), /Type a number with its unit/);
    });

    test('every language\'s page takes over, in its direction, and reads and writes its own sizes', async () => {
      // One session for all of them: each new one costs WebKit seconds.
      const page = await open(site.url);
      for (const language of LANGUAGES) {
        await page.goto(`${site.url}${language.path}`);
        await page.waitFor(LIVE, `the ${language.tag} page to take over`);
        assert.equal(await page.eval('document.documentElement.lang'), language.tag);
        assert.equal(await page.eval('document.documentElement.dir'), language.dir);
        // Each tap path's drawn screens, laid out one after the other in the reading direction.
        const pictures = await page.eval(PICTURES);
        assert.ok(pictures.paths >= 25 && pictures.figures === pictures.paths, `${language.tag}: ${JSON.stringify(pictures)}`);
        const [first, second] = pictures.screens;
        assert.ok(first.width > 80 && first.height > 60, `${language.tag}: a screen is drawn: ${JSON.stringify(first)}`);
        const ahead = language.dir === 'rtl' ? second.right <= first.left : second.left >= first.right;
        assert.ok(ahead, `${language.tag}: the next screen follows in reading order: ${JSON.stringify(pictures.screens)}`);
        assert.equal(pictures.mark, '2px', `${language.tag}: the row to tap is marked`);
        if (['de', 'ar'].includes(language.tag)) {
          await page.type('#backup-size', language.size('1.2', 'gb').replace('\u00a0', ' '));
          await page.type('#icloud-used', language.size('3.1', 'gb').replace('\u00a0', ' '));
          await page.type('#icloud-total', language.size('5', 'gb').replace('\u00a0', ' '));
          const verdict = await page.eval(text('.verdict.is-short'));
          assert.ok(verdict.includes(language.size('560', 'mb')), `${language.tag}: ${verdict}`);
        }
      }
    });

    test('a ticked step and the typed sizes survive a reload', async () => {
      const page = await open(site.url);
      await tick(page, 'icloud-access');
      await page.type('#backup-size', '2 GB');
      assert.equal(await page.eval(text('.summary .count')), counted(1));
      await page.waitFor("localStorage.getItem('whatsapp-backup-helper.progress')?.includes('2 GB')", 'the save');
      await page.reload();
      await page.waitFor(LIVE, 'the page to take over again');
      assert.equal(await page.eval("document.getElementById('step-icloud-access-done').checked"), true);
      assert.equal(await page.eval(value('#backup-size')), '2 GB');
      assert.equal(await page.eval(text('.summary .count')), counted(1));
    });

    test('what the user sees puts its plan first; a reload and a link keep it; the estimate answers', async () => {
      const order = `[...document.querySelectorAll('#${ID.STEPS} > [data-step]')].map((card) => card.dataset.step).join()`;
      const plan = "[...document.querySelectorAll('.plan-steps a')].map((a) => a.getAttribute('href')).join()";
      let page = await open(site.url);
      await page.click('input[name="symptom"][value="no-space"]');
      assert.equal(await page.eval(plan), '#step-free-space,#step-no-videos,#step-delete-old-backup');
      assert.match(await page.eval(order), /^free-space,no-videos,delete-old-backup,icloud-access,back-up-now,/);
      assert.equal(await page.eval(text('#step-no-videos .step-number')), 'Step 2');
      assert.equal(await page.eval('location.search'), '?symptom=no-space');
      await page.waitFor("localStorage.getItem('whatsapp-backup-helper.progress')?.includes('no-space')", 'the save');
      await page.reload();
      await page.waitFor(LIVE, 'the page to take over again');
      assert.equal(await page.eval("document.querySelector('input[value=\"no-space\"]').checked"), true);
      assert.match(await page.eval(order), /^free-space,no-videos,/);

      // A link to a plan, opened afresh.
      await page.close();
      page = await open(`${site.url}?symptom=slow`);
      assert.match(await page.eval(order), /^no-videos,power-and-wifi,back-up-now,/);
      await page.type('#estimate-backup', '9 GB');
      assert.match(await page.eval(text('.estimate-answer')), /Uploading 9\u00a0GB at 10\u00a0Mbit\/s should take about 2 hours\./);
      await page.type('#upload-speed', 'fast');
      assert.equal(await page.eval("document.getElementById('upload-speed').getAttribute('aria-invalid')"), 'true');
      assert.equal(await page.eval(text('.estimate-answer')).then((t) => t.trim()), '');
    });

    test('the lone index.html works from disk', async () => {
      const path = join(folder, `copied-${name}.html`);
      await writeFile(path, site.fileText(await readFile(join(DIST, 'index.html'), 'utf8')));
      const page = await open(pathToFileURL(path).href);
      await tick(page, 'restart');
      assert.equal(await page.eval(text('.summary .count')), counted(1));
      await page.type('#backup-size', '1 GB');
      await page.type('#iphone-used', '20 GB of 64 GB used');
      await leave(page, '#iphone-used');
      assert.match(await page.eval(text('.verdict.is-enough')), /Enough space in your iPhone\. 44\u00a0GB free/);
    });

    test('in a sandboxed cross-origin frame (scripts only): works in memory and reports its height', async () => {
      await writeFile(join(folder, `article-${name}.html`), article(site.url));
      const page = await site.newPage();
      await page.goto(`${host.url}article-${name}.html`);
      await page.inFrame('#helper', async (frame) => {
        await frame.waitFor(LIVE, 'the page in the frame to take over');
        assert.match(await frame.eval(text('.notice')), /kept only until you close this page/);
        await tick(frame, 'icloud-access');
        assert.equal(await frame.eval(text('.summary .count')), counted(1));
        await frame.type('#backup-size', '1.2 GB');
        await frame.type('#icloud-used', '3.1 GB of 5 GB used');
        await leave(frame, '#icloud-used');
        assert.match(await frame.eval(text('.verdict.is-short')), /560\u00a0MB short/);
      });
      const heights = await page.waitFor('heights.length > 0 && heights', 'a height message');
      assert.ok(heights.at(-1) > 1000, `the frame's content is ${heights.at(-1)}px high`);
    });

    test('without WebAssembly (Lockdown Mode), the guide reads and says what is off', async () => {
      const page = await site.newPage();
      await page.goto(noWasm);
      const notice = await page.waitFor("document.querySelector('.no-wasm-notice')?.textContent", 'the notice');
      assert.match(notice, /Lockdown Mode/);
      assert.match(notice, /steps below all still work/);
      assert.equal(await page.eval(`document.getElementById('${ID.CRASH_NOTICE}')`), null, 'not the crash notice');
      for (const hidden of ['.step-actions', '.checker fieldset', '.start-over']) {
        assert.equal(
          await page.eval(`[...document.querySelectorAll('${hidden}')].every((element) => element.offsetParent === null)`),
          true,
          `${hidden} is hidden`,
        );
      }
      assert.equal(await page.eval("document.querySelectorAll('section.step').length"), STEPS.length);
      assert.equal(await page.eval("document.querySelector('#step-delete-old-backup .warning').offsetParent !== null"), true);
    });
  });
}
