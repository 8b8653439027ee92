// The page in WebKit and Firefox, as Safari on iPhone and Firefox users
// meet it. One small driver for each, with the same few verbs, so one set
// of flows runs in both (tests/engines/). A click is a real pointer click
// and typing is real keystrokes, through each browser's automation.
//
// - WebKit: Debian's WebKitGTK MiniBrowser, driven by its own W3C
//   WebDriver (WebKitWebDriver) through a thin client over fetch. It has no
//   headless mode, so it runs on a virtual display (xvfb-run).
// - Firefox: Debian's Firefox ESR, driven over WebDriver BiDi by
//   puppeteer-core (no browser download).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const TIMEOUT_MS = 15_000;
const CALL_TIMEOUT_MS = 30_000;
/** How W3C WebDriver names an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free port on this machine, for the WebDriver server. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Polls `check` until it returns something truthy, or fails after `timeout` ms with `what`. */
async function until(check, what, timeout = TIMEOUT_MS) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** WebKitGTK through WebKitWebDriver: one driver process, one session per `open`. */
export async function launchWebKit() {
  const port = await freePort();
  const server = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--replace-on-new-session'], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A call that never answers fails, naming itself, instead of hanging the run.
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    }).catch((error) => {
      throw new Error(`WebDriver ${method} ${path}: ${error.message}`);
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  };
  await until(() => fetch(`${base}/status`).then((r) => r.ok, () => false), 'WebKitWebDriver to start');
  return {
    async open() {
      const capabilities = { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } };
      // On a busy 2-core machine MiniBrowser now and then fails to start in
      // time, before any page is loaded: that start alone is tried again.
      const { sessionId } = await call('POST', '/session', { capabilities }).catch(() =>
        call('POST', '/session', { capabilities }),
      );
      const session = (method, path, body) => call(method, `/session/${sessionId}${path}`, body);
      const element = async (selector) => {
        const found = await until(
          () => session('POST', '/elements', { using: 'css selector', value: selector }).then((all) => all[0]),
          `an element ${selector}`,
        );
        return Object.values(found)[0];
      };
      return webDriverPage(session, element);
    },
    async close() {
      try {
        process.kill(-server.pid);
      } catch {
        // Already gone.
      }
    },
  };
}

function webDriverPage(session, find) {
  // As a person scrolls to a control before using it: the cards away from
  // the screen are not laid out (content-visibility), so not yet usable.
  const element = async (selector) => {
    const id = await find(selector);
    await session('POST', '/execute/sync', { script: 'arguments[0].scrollIntoView({ block: "center" });', args: [{ [ELEMENT]: id }] });
    return id;
  };
  const page = {
    goto: (url) => session('POST', '/url', { url }),
    reload: () => session('POST', '/refresh', {}),
    /** The value of a JavaScript expression (or of a function's body) in the page. */
    eval: (expression) => session('POST', '/execute/sync', { script: `return (${expression});`, args: [] }),
    click: async (selector) => session('POST', `/element/${await element(selector)}/click`, {}),
    type: async (selector, text) => {
      const id = await element(selector);
      // Clearing sends events of its own: only a field with text needs it.
      if (await session('GET', `/element/${id}/property/value`)) await session('POST', `/element/${id}/clear`, {});
      if (text) await session('POST', `/element/${id}/value`, { text });
    },
    waitFor: (expression, what = expression) => until(() => page.eval(expression), what),
    /** Runs `steps` with the page's verbs in the frame `selector` finds. */
    async inFrame(selector, steps) {
      await session('POST', '/frame', { id: { [ELEMENT]: await element(selector) } });
      try {
        return await steps(page);
      } finally {
        await session('POST', '/frame', { id: null });
      }
    },
    close: () => session('DELETE', ''),
  };
  return page;
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi: one browser, one context per `open`. */
export async function launchFirefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return {
    async open() {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      return { ...puppeteerFrame(tab), reload: () => tab.reload(), close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

function puppeteerFrame(frame) {
  const verbs = {
    goto: (url) => frame.goto(url),
    eval: (expression) => frame.evaluate(`(${expression})`),
    click: async (selector) => (await frame.waitForSelector(selector, { timeout: TIMEOUT_MS })).click(),
    type: async (selector, text) => {
      const input = await frame.waitForSelector(selector, { timeout: TIMEOUT_MS });
      await input.evaluate((element) => {
        element.value = '';
      });
      await input.type(text);
    },
    waitFor: (expression, what = expression) => until(() => verbs.eval(expression), what),
    async inFrame(selector, steps) {
      const handle = await frame.waitForSelector(selector, { timeout: TIMEOUT_MS });
      return steps(puppeteerFrame(await handle.contentFrame()));
    },
  };
  return verbs;
}
