// Issue 12, "everywhere the widget goes": a comparison link opens the comparison and its decision record in the
// single HTML file from disk, in a script embed that keeps its state in the URL, and in an iframe embed.
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { distDir, openApp, waitForLive } from './helpers.mjs';
import { SITUATIONS, compareWith, resultHash, resultLink } from './group-helpers.mjs';

// The static page's service worker would answer the made-up host pages below from its cache.
test.use({ serviceWorkers: 'block' });

/** A comparison of two (Ann and a colleague) made in the static page; returns its hash. */
async function comparisonHash(page) {
  await openApp(page, resultHash(SITUATIONS[0]));
  const c = await compareWith(page, [resultLink(SITUATIONS[1])]);
  await c.getByRole('textbox', { name: 'Name of person 1' }).fill('Ann');
  await expect(page).toHaveURL(/~Ann/);
  return new URL(page.url()).hash;
}

/** Checks a widget (a locator on its mount or a frame) shows the comparison, then opens the record. */
async function expectComparisonThenRecord(root) {
  const c = root.getByRole('region', { name: 'Compare answers' });
  await expect(c.getByRole('textbox', { name: 'Name of person 1' })).toHaveValue('Ann');
  await expect(c.getByRole('term').filter({ hasText: '≠ differ' }).first()).toBeVisible();
  await c.getByRole('button', { name: 'Record this decision' }).click();
  await expect(root.getByRole('region', { name: 'Decision record' }).getByRole('heading', { level: 2 })).toHaveText(/^Decision record: /);
}

test('the single HTML file opened from disk', async ({ page, context }) => {
  const hash = await comparisonHash(page);
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(distDir + 'coordination-models.html').href + hash);
  await waitForLive(page);
  await expectComparisonThenRecord(page.locator('[data-coordination-models]'));
});

test('a script embed with data-url="hash", and an iframe embed', async ({ page, baseURL }) => {
  const hash = await comparisonHash(page);
  await page.route(`${baseURL}group-embed.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body><h1>Post</h1>'
      + '<div data-coordination-models data-url="hash" id="w"></div><script type="module" src="./embed.js"></script></body></html>',
  }));
  await page.goto(`${baseURL}group-embed.html${hash}`);
  await expectComparisonThenRecord(page.locator('#w'));

  await page.route(`${baseURL}group-iframe.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body><h1>Post</h1>
      <iframe src="./?embed=1${hash}" title="Coordination models" style="width:100%;height:1500px;border:0"></iframe></body></html>`,
  }));
  await page.goto(`${baseURL}group-iframe.html`);
  const frame = page.frameLocator('iframe');
  await expectComparisonThenRecord(frame.locator('[data-coordination-models]'));
});
