// Issue #11: a host page that sets its own Content Security Policy, allowing scripts and styles only from itself
// and the widget's origin (plus 'wasm-unsafe-eval'), and no 'unsafe-inline', shows a working widget loaded from
// that other origin, with no CSP violation.
import { test, expect } from '@playwright/test';
import { DIST_ORIGIN, TOTAL, cardsIn, recordProblems, requestsDone } from './helpers.mjs';
import { SITES_ORIGIN } from './host-helpers.mjs';

const WIDGET_ORIGIN = DIST_ORIGIN;
// tests/hosts/csp/index.html, on another origin than the widget: the host sites' server (build-sites.mjs writes the
// page there with the widget's origin). A page the test itself served would count as a public one, which Chromium
// may not let reach loopback.
const HOST_URL = `${SITES_ORIGIN}/csp/`;

test('a host with script-src/style-src of itself and the widget origin runs the widget without a violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  const problems = recordProblems(page);
  await page.goto(HOST_URL);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBe(`script-src 'self' ${WIDGET_ORIGIN} 'wasm-unsafe-eval'; style-src 'self' ${WIDGET_ORIGIN}`);

  const cards = page.locator('#cards');
  await expect(cardsIn(cards)).toHaveCount(TOTAL);
  await cards.getByRole('searchbox', { name: /Search/ }).fill('liaison');
  const liaison = cardsIn(cards).filter({ has: page.getByRole('heading', { level: 3, name: 'Liaison', exact: true }) });
  await liaison.locator('summary').click();
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  const wizard = page.locator('#wizard');
  await expect(wizard.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await expect(wizard.getByRole('checkbox').first()).toBeVisible();
  await wizard.getByRole('checkbox').first().check();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByRole('status').filter({ hasText: /^Question 2 of/ })).toBeVisible();
  await requestsDone(problems);

  expect(await page.evaluate(() => window.__violations), 'securitypolicyviolation events').toEqual([]);
  expect(problems.consoleErrors.filter((e) => !e.includes('404')), 'console errors').toEqual([]);
  expect(problems.failed.filter((f) => !f.endsWith('favicon.ico HTTP 404')), 'failed requests').toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.requests.filter((u) => u.endsWith('.wasm')).every((u) => u.startsWith(WIDGET_ORIGIN)), 'the wasm from the widget origin').toBe(true);

  // Control: the policy is enforced here (an inline script is blocked and reported).
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.head.append(s);
  });
  await expect.poll(() => page.evaluate(() => window.__violations.length)).toBe(1);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
});
