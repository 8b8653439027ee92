// The helper inside a help center's iframe: cross-origin and sandboxed
// frames, auto-height messages, the iframe-resizer protocol, and theming
// from the URL that a hostile value cannot abuse.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP, serve, useBuiltPage } from '../support/fixture.mjs';
import { counted, STEPS } from '../support/guide-page.mjs';
import { LIVE_APP } from '../support/element-ids.mjs';

const site = useBuiltPage();
let host;
let hostDir;

before(async () => {
  hostDir = await mkdtemp(join(tmpdir(), 'helper-host-'));
  await copyFile(fileURLToPath(import.meta.resolve('iframe-resizer/js/iframeResizer.min.js')), join(hostDir, 'iframeResizer.min.js'));
  host = await serve({ root: hostDir, mount: '/articles/' });
});
after(async () => {
  await host?.close();
  await rm(hostDir, { recursive: true, force: true });
});

/** The helper's address on another origin than the host's (localhost vs 127.0.0.1). */
const helperUrl = (query = '?embed') => `${site.url.replace('127.0.0.1', 'localhost')}${query}`;

/**
 * Opens a host article (in `page`, or a new one) that embeds the helper,
 * records every message the frame posts, and sizes the frame with `sizer`.
 */
async function openHost({ query, sandbox, viewport = DESKTOP, sizer = FIT_TO_MESSAGES, page, expected } = {}) {
  const name = `article-${Math.random().toString(36).slice(2)}.html`;
  const sandboxAttr = sandbox === undefined ? '' : ` sandbox="${sandbox}"`;
  await writeFile(
    join(hostDir, name),
    `<!doctype html><html lang="en"><head><title>Article</title><link rel="icon" href="data:,"></head>
    <body><h1>Article</h1>
    <iframe id="helper" title="Backup helper" src="${helperUrl(query)}" style="width:100%;height:300px;border:0"${sandboxAttr}></iframe>
    <script>
      window.messages = [];
      addEventListener('message', (event) => {
        if (event.source === document.getElementById('helper').contentWindow) messages.push(event.data);
      });
    </script>
    ${sizer}</body></html>`,
  );
  page ??= await site.newPage({ viewport, expected });
  await page.goto(host.url + name);
  const frame = page.frameLocator('#helper');
  await frame.locator(LIVE_APP).waitFor({ state: 'attached', timeout: 15_000 });
  return { page, frame };
}

/** The host's own fitting, as the README's snippet does it. */
const FIT_TO_MESSAGES = `<script>
  addEventListener('message', (event) => {
    const frame = document.getElementById('helper');
    if (event.source === frame.contentWindow && event.data?.type === 'wa-backup-helper:resize') frame.style.height = event.data.height + 'px';
  });
</script>`;

/** A help center that already uses iframe-resizer (v4) and nothing else. */
const IFRAME_RESIZER = `<script src="iframeResizer.min.js"></script><script>iFrameResize({}, '#helper')</script>`;

const resizeMessages = (page) =>
  page.evaluate(() => messages.filter((m) => m?.type === 'wa-backup-helper:resize').map((m) => m.height));

/** Waits until the frame's last reported height matches its content. */
async function settledHeight(page, frame) {
  let content;
  await assert.doesNotReject(
    page.waitForFunction(() => messages.some((m) => m?.type === 'wa-backup-helper:resize')),
    'a height message arrives',
  );
  for (let i = 0; i < 50; i++) {
    content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    const heights = await resizeMessages(page);
    if (Math.abs(heights.at(-1) - content) <= 3) return heights.at(-1);
    await page.waitForTimeout(50);
  }
  assert.fail(`last height message ${(await resizeMessages(page)).at(-1)} vs content ${content}`);
}

/** Waits until the host has fitted the frame to the whole guide, other than `previous`. */
async function fittedHeight(page, selector, previous) {
  const frame = page.frameLocator(selector);
  let frameHeight;
  let content;
  for (let i = 0; i < 50; i++) {
    [frameHeight, content] = await Promise.all([
      page.locator(selector).evaluate((f) => f.getBoundingClientRect().height),
      frame.locator('html').evaluate((html) => html.getBoundingClientRect().height),
    ]);
    if (frameHeight > 1000 && frameHeight !== previous && Math.abs(frameHeight - content) <= 3) return frameHeight;
    await page.waitForTimeout(50);
  }
  assert.fail(`the frame is ${frameHeight}px high for ${content}px of content`);
}

describe('embedded in a help center', () => {
  test('in a cross-origin frame: compact, and the height follows the content', async () => {
    const { page, frame } = await openHost();
    assert.ok(await frame.locator('html.embed').count(), 'embed mode is on');
    assert.equal(await frame.locator('.lead').isVisible(), false, 'no page chrome');
    assert.equal(await frame.locator('.page-footer').isVisible(), false);
    assert.equal(await frame.locator('h1').count(), 1, 'the h1 stays for screen readers');
    const before = await settledHeight(page, frame);
    const count = (await resizeMessages(page)).length;

    await frame.getByRole('button', { name: 'This fixed it (step 1)' }).click();
    const grown = await settledHeight(page, frame);
    assert.ok(grown > before, `grew from ${before} to ${grown}`);
    assert.ok((await resizeMessages(page)).length > count, 'a new message when the content grew');
    const scrollable = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
    assert.ok(scrollable <= 3, `no inner scrolling (${scrollable}px)`);
  });

  test("the README's snippet, pasted into an article, embeds and fits the helper", async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const snippet = readme.match(/## Embedding in a help center[\s\S]*?```html\n([\s\S]*?)```/)?.[1];
    assert.ok(snippet?.includes('<iframe'), 'the README has the snippet');
    await writeFile(
      join(hostDir, 'snippet.html'),
      `<!doctype html><html lang="en"><head><title>Article</title><link rel="icon" href="data:,"></head>
      <body><h1>Article</h1>${snippet.replace(/src="[^"]*"/, `src="${helperUrl('?embed')}"`)}</body></html>`,
    );
    const page = await site.newPage({ viewport: DESKTOP });
    await page.goto(`${host.url}snippet.html`);
    const frame = page.frameLocator('#wa-backup-helper');
    await frame.locator(LIVE_APP).waitFor({ state: 'attached', timeout: 15_000 });
    await fittedHeight(page, '#wa-backup-helper');
  });

  test('in a sandboxed frame without same-origin: works in memory and says so', async () => {
    const { page, frame } = await openHost({ sandbox: 'allow-scripts' });
    assert.match(await frame.locator('.notice').textContent(), /kept only until you close this page/);
    await frame.getByLabel('Done with step 1', { exact: true }).check();
    assert.equal(await frame.locator('.summary .count').textContent(), counted(1));
    await frame.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
    await frame.getByLabel('iCloud used').fill('3.1 GB of 5 GB used');
    assert.match(await frame.locator('.verdict').first().innerText(), /560\u00a0MB short/);
    await settledHeight(page, frame);
    for (const link of await frame.locator('a[href^="https://"]').all()) {
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    }
  });

  test('in a sandboxed frame with popups: mounts and reports its height', async () => {
    const { page, frame } = await openHost({ sandbox: 'allow-scripts allow-popups allow-popups-to-escape-sandbox' });
    await settledHeight(page, frame);
    assert.equal(await frame.locator('section.step').count(), STEPS.length);
  });

  test('progress kept in a cross-origin frame survives a reload, apart from the page opened directly', async () => {
    const page = await site.newPage({ viewport: DESKTOP, partitionedStorage: true });
    const { frame } = await openHost({ page });
    assert.equal(await frame.locator('.notice').count(), 0, 'storage works: no notice');
    await frame.getByLabel('Done with step 1', { exact: true }).check();
    await frame.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
    await page.reload();
    await frame.locator(LIVE_APP).waitFor({ state: 'attached' });
    assert.equal(await frame.getByLabel('Done with step 1', { exact: true }).isChecked(), true);
    assert.equal(await frame.locator('.checker').getByLabel('Backup size').inputValue(), '1.2 GB');

    const direct = await page.context().newPage();
    await direct.goto(helperUrl(''));
    await direct.locator(LIVE_APP).waitFor({ state: 'attached' });
    assert.equal(await direct.locator('.summary .count').textContent(), counted(0), 'kept per embedding site');
  });

  test('a deep link into the frame shows that step on the host page', async () => {
    const { page, frame } = await openHost({ query: '?embed#step-restart' });
    await settledHeight(page, frame);
    await page.waitForTimeout(300);
    const frameTop = await page.locator('#helper').evaluate((f) => f.getBoundingClientRect().top);
    const stepTop = await frame.locator('#step-restart').evaluate((step) => step.getBoundingClientRect().top);
    const viewport = page.viewportSize().height;
    assert.ok(frameTop + stepTop >= -2 && frameTop + stepTop < viewport / 2, `the restart step at ${frameTop + stepTop}px`);
  });

  test('a help center using iframe-resizer (v4) fits the frame without our snippet', async () => {
    // The library posts its first init at once, sometimes while the frame
    // still holds its initial about:blank; Chromium then warns on the host.
    const libraryRace = /^console warning: Failed to execute 'postMessage' on 'DOMWindow': The target origin provided \('http:\/\/localhost:\d+'\) does not match the recipient window's origin \('http:\/\/127\.0\.0\.1:\d+'\)\.$/;
    const { page, frame } = await openHost({ sizer: IFRAME_RESIZER, expected: [libraryRace] });
    const before = await fittedHeight(page, '#helper');
    await frame.getByRole('button', { name: 'This fixed it (step 1)' }).click();
    assert.ok((await fittedHeight(page, '#helper', before)) > before, 'the frame grows with the content');
  });

  test('ignores every other message', async () => {
    const { page, frame } = await openHost();
    await settledHeight(page, frame);
    const count = await page.evaluate(() => messages.length);
    await page.evaluate(() => {
      const helper = document.getElementById('helper').contentWindow;
      for (const message of [
        { type: 'wa-backup-helper:resize', height: 1 },
        '[iFrameSizer]message:{"evil":true}',
        '[iFrameSizer]moveToAnchor:step-8',
        '[iFrameSizer]<img src=x>:8:true',
        '[iFrameSizer]resize', // asks for a size before any init: no id to answer with
        null,
        42,
      ]) {
        helper.postMessage(message, '*');
      }
    });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => messages.length), count, 'no answer to any of them');
    assert.equal(await frame.locator('html').evaluate(() => scrollY), 0, 'no scrolling to an anchor');
    assert.equal(await frame.locator('img').count(), 0);
  });

  test('an accent from the URL is applied with readable contrast', async () => {
    const { page, frame } = await openHost({ query: '?embed&accent=%230a7cff' });
    const accent = await frame.locator('html').evaluate((html) => html.style.getPropertyValue('--accent'));
    assert.match(accent, /^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
    const button = await frame.getByRole('button', { name: 'This fixed it (step 1)' }).evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.notEqual(button, 'rgb(11, 107, 66)', 'not the default green');
    const link = await frame.locator('a[href^="https://support.apple.com"]').evaluate((a) => getComputedStyle(a).color);
    assert.equal(link, button, 'links take the accent too');
  });

  test('a hostile accent or theme changes nothing', async () => {
    for (const query of [
      '?embed&accent=red;}body{display:none',
      '?embed&accent=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '?embed&accent=url(https://example.com/x)',
      '?embed&theme=%3Cscript%3E&accent=',
    ]) {
      const { page, frame } = await openHost({ query });
      assert.equal(await frame.locator('html').getAttribute('style'), null, query);
      assert.equal(await frame.locator('img').count(), 0, query);
      assert.ok(await frame.locator('#step-icloud-access').isVisible(), query);
      assert.deepEqual(await frame.locator('html').evaluate((html) => [...html.classList]), ['embed'], query);
      await page.context().close();
    }
  });

  test('theme=dark and theme=light override the system setting', async () => {
    const dark = await site.open({ hash: '', colorScheme: 'light' });
    await dark.goto(`${site.url}?theme=dark`);
    assert.equal(await dark.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(18, 22, 20)');
    const light = await site.open({ colorScheme: 'dark' });
    await light.goto(`${site.url}?theme=light`);
    assert.equal(await light.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(246, 247, 245)');
  });

  test('the demo host page embeds the helper and fits it', async () => {
    const page = await site.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}embed-demo.html`);
    const frame = page.frameLocator('#wa-backup-helper');
    await frame.locator(LIVE_APP).waitFor({ state: 'attached', timeout: 15_000 });
    assert.match(await frame.locator('body').evaluate(() => location.origin), /localhost/, 'cross-origin');
    await page.waitForFunction(() => {
      const frameHeight = document.getElementById('wa-backup-helper').getBoundingClientRect().height;
      return frameHeight > 1500;
    });
  });
});
