// Screenshots of the built page at phone and desktop size, light and dark,
// alone and embedded in the demo host page, to look at before calling a
// screen done, and the README's picture: two
// phones side by side, the guide and the space checker.
// Usage: node scripts/screenshots.mjs [out-dir]   (dist/ must be built)
import { mkdir } from 'node:fs/promises';
import { launchBrowser, openPage, waitForApp, PHONE, DESKTOP } from '../tests/support/browser.mjs';
import { serveStatic } from './static-server.mjs';
import { LIVE_APP } from '../tests/support/element-ids.mjs';
import { LANGUAGES } from '../tests/support/languages.mjs';

const outDir = process.argv[2] ?? 'tests/screenshots';
const readmePicture = new URL('../docs/screenshot.png', import.meta.url).pathname;
await mkdir(outDir, { recursive: true });
const server = await serveStatic({ root: 'dist', mount: '/help/' });
// Storage partitioned as browsers ship it, so the embedded helper can keep progress.
const browser = await launchBrowser({ partitionedStorage: true });

async function fillExample(page) {
  await page.check('#step-icloud-access-done');
  await page.fill('#backup-size', '1.2 GB');
  await page.fill('#icloud-used', '3.1 GB of 5 GB used');
  await page.fill('#iphone-used', '20 GB');
  await page.fill('#iphone-capacity', '64 GB');
}

try {
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, { viewport, colorScheme });
      await page.goto(server.url);
      await waitForApp(page);
      await fillExample(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${outDir}/${size}-${colorScheme}-top.png` });
      await page.locator('.checker').screenshot({ path: `${outDir}/${size}-${colorScheme}-checker.png` });
      // The whole page as a reader scrolling through it sees it: cards away
      // from the screen are drawn only near it (content-visibility), so the
      // screen is made as tall as the page first.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: viewport.width, height });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/${size}-${colorScheme}-full.png`, fullPage: true });
      if (page.problems.length) console.error(page.problems.join('\n'));
      await page.context().close();
    }
  }

  // "What do you see?" answered: the plan, the steps in its order, and
  // "Is it stuck, or just slow?" worked out; then what support is told.
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, { viewport, colorScheme });
      await page.goto(`${server.url}?symptom=slow`);
      await waitForApp(page);
      await page.fill('#estimate-backup', '9 GB');
      await page.check('#step-no-videos-done');
      for (const [name, card] of [['', '.question'], ['-summary', '.summary'], ['-support', '.support']]) {
        // A card away from the screen is drawn a moment after it comes into view (content-visibility).
        await page.locator(card).scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await page.locator(card).screenshot({ path: `${outDir}/plan-${size}-${colorScheme}${name}.png` });
      }
      if (page.problems.length) console.error(page.problems.join('\n'));
      await page.context().close();
    }
  }

  // Every language at phone size, and right to left at desktop size too,
  // light and dark: the top of the page, and the checker with a verdict,
  // each typed as that language writes sizes.
  for (const language of LANGUAGES) {
    const sizes = language.dir === 'rtl' ? [['phone', PHONE], ['desktop', DESKTOP]] : [['phone', PHONE]];
    for (const [size, viewport] of sizes) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await openPage(browser, { viewport, colorScheme });
        await page.goto(`${server.url}${language.path}?symptom=slow`);
        await waitForApp(page);
        await page.fill('#backup-size', language.size('1.2', 'gb'));
        await page.fill('#icloud-used', language.size('3.1', 'gb'));
        await page.fill('#icloud-total', language.size('5', 'gb'));
        await page.evaluate(() => window.scrollTo(0, 0));
        const name = `${outDir}/language-${language.tag}-${size}-${colorScheme}`;
        await page.screenshot({ path: `${name}-top.png` });
        await page.locator('.checker').scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
        await page.locator('.checker').screenshot({ path: `${name}-checker.png` });
        if (page.problems.length) console.error(page.problems.join('\n'));
        await page.context().close();
      }
    }
  }

  // Without WebAssembly, as Safari in Lockdown Mode: the notice and the guide to read.
  for (const colorScheme of ['light', 'dark']) {
    const page = await openPage(browser, { viewport: PHONE, colorScheme });
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto(server.url);
    await page.locator('.no-wasm-notice').waitFor();
    await page.screenshot({ path: `${outDir}/no-wasm-phone-${colorScheme}.png` });
    if (page.problems.length) console.error(page.problems.join('\n'));
    await page.context().close();
  }

  // The demo host page, with the helper embedded cross-origin and fitted.
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, { viewport, colorScheme });
      await page.goto(`${server.url}embed-demo.html`);
      const frame = page.frameLocator('#wa-backup-helper');
      await frame.locator(LIVE_APP).waitFor({ state: 'attached' });
      await frame.locator('#step-icloud-access-done').check();
      await page.waitForFunction(() => document.getElementById('wa-backup-helper').offsetHeight > 1500);
      for (const [name, y] of [['top', 0], ['end', 1e6]]) {
        await page.evaluate((scrollY) => window.scrollTo(0, scrollY), y);
        await page.waitForTimeout(300); // the frame paints what scrolled into view a moment later
        await page.screenshot({ path: `${outDir}/embed-${size}-${colorScheme}-${name}.png` });
      }
      if (page.problems.length) console.error(page.problems.join('\n'));
      await page.context().close();
    }
  }

  // The README's picture: the same origin in three phone-sized frames, so
  // all show the progress saved by the first: the question, a step with
  // the screens on its way, and the checker.
  const page = await openPage(browser, { viewport: { width: 1230, height: 700 }, reducedMotion: 'reduce' });
  await page.goto(server.url);
  await waitForApp(page);
  await fillExample(page);
  await page.setContent(`<body style="margin:0;padding:10px;display:flex;gap:20px;background:#c9d1cc">
      <iframe src="${server.url}" style="width:390px;height:680px;border:0;border-radius:16px"></iframe>
      <iframe src="${server.url}" style="width:390px;height:680px;border:0;border-radius:16px"></iframe>
      <iframe src="${server.url}#icloud-hint" style="width:390px;height:680px;border:0;border-radius:16px"></iframe>
    </body>`);
  await page.waitForFunction((live) => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument?.querySelector(live)), LIVE_APP);
  // The middle frame ends at a step's drawn screens, the last frame at the checker's answer.
  const [, step, checker] = page.frames().slice(1);
  await step.locator('#step-back-up-now .instructions figure').last().evaluate((figure) => figure.scrollIntoView({ block: 'end' }));
  await checker.locator('#icloud-hint').evaluate((hint) => hint.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: readmePicture });
  await page.context().close();
  console.log(`screenshots written to ${outDir}/ and ${readmePicture}`);
} finally {
  await browser.close();
  await server.close();
}
