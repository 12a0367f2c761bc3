// Issue "fast, light, accessible": a script embed far down a blog post costs a reader who never scrolls to it
// only embed.js; the app's JS and wasm are requested when the reader comes near the widget, which then works.
import { test, expect } from '@playwright/test';
import { ROOT_ORIGIN, TOTAL, cardsIn } from './helpers.mjs';

// A same-origin page served by the test itself: a long post with one widget below several screens of text.
const POST_URL = `${ROOT_ORIGIN}/examples/long-post-fixture.html`;
const post = (attrs = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A long post</title></head>
<body>
  <h1>A long post</h1>
  <p id="intro">The widget is further down.</p>
  <div style="height: 4000px">Several screens of text.</div>
  <div data-coordination-models id="widget"${attrs}></div>
  <script type="module" src="../dist/embed.js"></script>
</body></html>`;

/** Serves the long post at POST_URL, its widget element carrying `attrs`. */
const servePost = (page, attrs) =>
  page.route(POST_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: post(attrs) }));

test('a script embed below the fold loads the app only when the reader scrolls near it', async ({ page }) => {
  await servePost(page);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(POST_URL, { waitUntil: 'load' });
  await expect(page.getByText('The widget is further down.')).toBeVisible();
  // embed.js has run (its handle exists, with no instance yet) and the network is quiet: a loader that ignored the
  // viewport would have asked for the app by now.
  await expect.poll(() => page.evaluate(() => globalThis[Symbol.for('coordination-models')]?.live() ?? -1)).toBe(0);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/dist/')), 'only embed.js before the reader scrolls').toEqual([
    '/dist/embed.js',
  ]);

  const widget = page.locator('#widget');
  await widget.scrollIntoViewIfNeeded();
  await expect(cardsIn(widget)).toHaveCount(TOTAL);
  await expect(widget.getByRole('searchbox', { name: /Search/ })).toBeVisible();
  expect(requested.filter((p) => p.endsWith('.wasm')), 'the wasm, once').toHaveLength(1);
});

test('a shared link to a below-the-fold widget\'s state loads that widget at once, in that state', async ({ page }) => {
  await servePost(page, ' data-url="hash"');
  const wasm = page.waitForRequest((r) => r.url().endsWith('.wasm'), { timeout: 5000 });
  await page.goto(`${POST_URL}#view=wizard`);
  await wasm;
  const widget = page.locator('#widget');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
});
