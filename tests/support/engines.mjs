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
//
// Each page records its trouble in `page.problems`, in the words
// browser.mjs uses for Chromium: console errors and warnings, uncaught
// errors, and requests to a URL `isLocal` refuses (refused, never sent).
import { spawn } from 'node:child_process';
import { request as forward, createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';
import { isLoopback } from './browser.mjs';

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

/**
 * Runs first in every page WebKit gets (see `recorder`): classic WebDriver
 * cannot watch the console, so the page reports its own console errors and
 * warnings and uncaught errors, synchronously (none is lost to a
 * navigation), to `address`. It works the same from a sandboxed frame or
 * from disk.
 */
const reporter = (address) => `<script>(() => {
  const report = (problem) => {
    const request = new XMLHttpRequest();
    request.open('POST', ${JSON.stringify(address)}, false);
    try { request.send(problem); } catch {}
  };
  for (const [level, name] of [['error', 'error'], ['warn', 'warning']]) {
    const original = console[level];
    console[level] = function (...parts) {
      report('console ' + name + ': ' + parts.join(' '));
      return original.apply(this, parts);
    };
  }
  addEventListener('error', (event) => report('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => report('uncaught: ' + (event.reason?.message ?? event.reason)));
})()</script>`;

/** `html` with the reporter first in its head (after the charset, which must come early). */
function withReporter(html, address) {
  const at = /<meta charset[^>]*>|<head>/i.exec(html);
  const end = at ? at.index + at[0].length : 0;
  return html.slice(0, end) + reporter(address) + html.slice(end);
}

/**
 * The proxy every WebKit request goes through: it passes local ones on
 * (putting the reporter into each HTML page), refuses the rest and records
 * them, and takes the reporter's messages. One page is open at a time
 * (the driver replaces its session), so all goes to `current.problems`.
 */
async function recordingProxy(isLocal, current) {
  let report;
  const server = createHttpServer((request, response) => {
    const url = new URL(request.url, `http://${request.headers.host}`);
    if (url.href === report) {
      let text = '';
      request.setEncoding('utf8').on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        current.problems.push(text);
        response.writeHead(204, { 'Access-Control-Allow-Origin': '*' }).end();
      });
      return;
    }
    if (!isLocal(url.href)) {
      current.problems.push(`request to another host: ${url.href}`);
      response.writeHead(403).end();
      return;
    }
    const onward = forward(url, { method: request.method, headers: request.headers }, (answer) => {
      if (!/text\/html/.test(answer.headers['content-type'] ?? '')) {
        response.writeHead(answer.statusCode, answer.headers);
        answer.pipe(response);
        return;
      }
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => {
        const { 'content-length': _, ...headers } = answer.headers;
        response.writeHead(answer.statusCode, headers).end(withReporter(Buffer.concat(chunks).toString('utf8'), report));
      });
    });
    onward.on('error', () => response.destroy());
    request.pipe(onward);
  });
  // https is tunnelled (CONNECT); nothing local is served over it.
  server.on('connect', (request, socket) => {
    current.problems.push(`request to another host: https://${request.url}`);
    socket.destroy();
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const address = `127.0.0.1:${server.address().port}`;
  report = `http://${address}/problem`;
  return { address, report, close: () => server.close() };
}

/**
 * WebKitGTK through WebKitWebDriver: one driver process, one session per
 * `open`. `recorder(html)` puts the reporter into a page opened from disk,
 * which no proxy sees.
 */
export async function launchWebKit({ isLocal = isLoopback } = {}) {
  const current = { problems: [] };
  const proxy = await recordingProxy(isLocal, current);
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
    recorder: (html) => withReporter(html, proxy.report),
    async open() {
      const capabilities = {
        alwaysMatch: {
          proxy: { proxyType: 'manual', httpProxy: proxy.address, sslProxy: proxy.address },
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      };
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
      current.problems = [];
      return Object.assign(webDriverPage(session, element), { problems: current.problems });
    },
    async close() {
      proxy.close();
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
export async function launchFirefox({ isLocal = isLoopback } = {}) {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  return {
    async open() {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      const problems = [];
      tab.on('console', (message) => {
        const level = { error: 'error', warn: 'warning', warning: 'warning' }[message.type()];
        if (level) problems.push(`console ${level}: ${message.text()}`);
      });
      tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        if (isLocal(request.url())) return request.continue();
        problems.push(`request to another host: ${request.url()}`);
        return request.abort();
      });
      return { ...puppeteerFrame(tab), problems, reload: () => tab.reload(), close: () => context.close() };
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
