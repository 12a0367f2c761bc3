// Issue "embed/offline": an embed with unusable data-* values warns once per attribute and renders with the defaults.
import { test, expect } from '@playwright/test';
import { TOTAL, ROOT_ORIGIN, cards, expectShowing, widget } from './helpers.mjs';

const PAGE_URL = `${ROOT_ORIGIN}/examples/bad-attrs.html`;
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bad attributes</title></head>
<body>
  <div data-coordination-models data-theme="purple" data-view="nope"></div>
  <script type="module" src="../dist/embed.js"></script>
</body>
</html>`;

test('data-theme="purple" and data-view="nope": one warning each, and the default catalogue', async ({ page }) => {
  await page.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
  const warnings = [];
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(PAGE_URL);
  // In someone else's page the widget's title is a section heading (h2); the host page owns the h1.
  await expect(page.getByRole('heading', { level: 2, name: 'Coordination models' })).toBeVisible();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expectShowing(page, TOTAL);
  await expect(page.getByRole('button', { name: 'Browse all models' })).toHaveAttribute('aria-pressed', 'true');
  // Default theme: no forced theme on the widget root.
  await expect(widget(page).locator('.cm-root')).not.toHaveAttribute('data-theme', /./);

  const theme = warnings.filter((w) => w.includes('data-theme'));
  const view = warnings.filter((w) => w.includes('data-view'));
  expect(theme, `warnings: ${JSON.stringify(warnings)}`).toHaveLength(1);
  expect(view, `warnings: ${JSON.stringify(warnings)}`).toHaveLength(1);
  expect(theme[0]).toContain('purple');
  expect(view[0]).toContain('nope');
  expect(errors, 'console errors').toEqual([]);
});
