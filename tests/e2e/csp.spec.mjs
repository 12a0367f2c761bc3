// Issue "embed/offline": the static page runs under a strict Content Security Policy without violating it.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { TOTAL, card, distDir, expectShowing, openApp, recordProblems, requestsDone, results, widget, answerWizard, detailsToggle } from './helpers.mjs';

/** Directives of a CSP string, as { name: [sources] }. */
function directives(csp) {
  const out = {};
  for (const part of csp.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    out[name.toLowerCase()] = sources;
  }
  return out;
}

test('the CSP is strict (no unsafe-inline) and using every view records no violation and no console error', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const problems = recordProblems(page);
  await openApp(page);

  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const csp = directives(await meta.getAttribute('content'));
  expect(csp['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
  for (const [name, sources] of Object.entries(csp)) {
    expect(sources, `${name} allows no inline code`).not.toContain("'unsafe-inline'");
    expect(sources, `${name} allows no eval`).not.toContain("'unsafe-eval'");
  }
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);

  // Go through every view so any inline style or script the widget creates would be caught.
  await expectShowing(page, TOTAL);
  await detailsToggle(card(page, 'Liaison')).click();
  await expect(card(page, 'Liaison').getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await card(page, 'Liaison').getByRole('button', { name: 'Compare: Liaison' }).click();
  await card(page, 'Rotation').getByRole('button', { name: 'Compare: Rotation' }).click();
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  await expect(widget(page).getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(widget(page).getByRole('link', { name: 'Liaison: open its card', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Help me choose' }).click();
  await answerWizard(widget(page));
  await expect(results(page).getByRole('article')).toHaveCount(3);
  await requestsDone(problems);

  expect(await page.evaluate(() => window.__cspViolations), 'securitypolicyviolation events').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.pageErrors, 'uncaught page errors').toEqual([]);

  // Control: the policy is enforced and the listener sees violations (an injected inline script is blocked and reported).
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.head.append(s);
  });
  await expect.poll(() => page.evaluate(() => window.__cspViolations.length)).toBe(1);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
});

test('dist/index.html has no inline script and no inline event handler', () => {
  const html = readFileSync(distDir + 'index.html', 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag, attrs, body] of scripts) {
    expect(attrs, `script tag ${tag.slice(0, 80)} has a src`).toMatch(/\bsrc=/i);
    expect(body.trim(), `script tag ${tag.slice(0, 80)} has no inline code`).toBe('');
  }
  expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
});
