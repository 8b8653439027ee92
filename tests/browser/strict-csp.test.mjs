// The whole flow under the strict Content-Security-Policy the build prints,
// as a cautious help center would send it: not one violation, and not one
// request to any host but the page's own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, useBuiltPage, waitForApp } from '../support/fixture.mjs';
import { counted } from '../support/guide-page.mjs';

const policy = readFileSync(join(DIST, 'content-security-policy.txt'), 'utf8').trim();
const site = useBuiltPage({ mount: '/help/', headers: { 'Content-Security-Policy': policy } });

/** Runs before the page's scripts: records every CSP violation. */
function recordViolations() {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  });
}

describe('under a strict Content-Security-Policy', () => {
  test('the policy is strict: no unsafe-inline, no unsafe-eval, nothing from other hosts', () => {
    assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=')+; style-src 'self'( 'sha256-[A-Za-z0-9+/]+=')+; img-src 'self' data:$/);
  });

  for (const address of ['', '?embed&theme=dark&accent=%230a7cff#step-free-space']) {
    test(`the whole flow${address ? ` (${address})` : ''}: no violation, no other host`, async () => {
      const page = await site.open({ hash: address, initScript: recordViolations });

      await page.getByLabel('Done with step 1', { exact: true }).check();
      await page.getByRole('button', { name: 'Skip step 3' }).click();
      await page.locator('.checker').getByLabel('Backup size').fill('1.2 GB');
      await page.getByLabel('iCloud used').fill('3.1 GB of 5 GB used');
      await page.getByLabel('iPhone used').fill('lots');
      await page.getByLabel('iPhone capacity').fill('64 GB');
      await page.getByRole('button', { name: 'This fixed it (step 2)' }).click();
      if (!address.includes('embed')) {
        const download = page.waitForEvent('download');
        await page.getByRole('link', { name: /Save this guide for offline use/ }).click();
        assert.equal((await download).suggestedFilename(), 'whatsapp-backup-helper.html');
      }
      await page.getByRole('button', { name: 'Start over' }).click();
      await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('.summary .count').textContent(), counted(0));

      assert.deepEqual(await page.evaluate(() => window.violations), []);
    });
  }
});
