// Issue "compare/map/print": dist/coordination-models.html works on its own from file://, with no network at all.
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { distDir, expectCardsThenWizard } from './helpers.mjs';

test('the single-file build opened from disk shows 27 cards and runs the wizard, loading only file: and data: URLs', async ({ page, context }) => {
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));

  const url = pathToFileURL(distDir + 'coordination-models.html').href;
  await page.goto(url);
  await expectCardsThenWizard(page);

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), 'requests other than file: and data:').toEqual([]);
  expect(pageErrors).toEqual([]);
});
