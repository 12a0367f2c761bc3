// Issue "embed/offline": the web app manifest is linked and valid, and the service worker precaches every built file.
import { readdirSync, statSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { distDir, openApp, DIST_ORIGIN } from './helpers.mjs';

test('the linked manifest parses and names the app, its start URL and its icons', async ({ page, request }) => {
  await openApp(page);
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveCount(1);
  const href = await link.evaluate((el) => el.href);
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  const manifest = JSON.parse(await response.text());
  expect(typeof manifest.name).toBe('string');
  expect(manifest.name.length).toBeGreaterThan(0);
  expect(typeof manifest.start_url).toBe('string');
  // start_url resolves (against the manifest) to the page itself.
  expect(new URL(manifest.start_url, href).href).toBe(new URL('./', href).href);
  expect(Array.isArray(manifest.icons)).toBe(true);
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, href).href);
    expect(res.status(), `icon ${icon.src}`).toBe(200);
    if (icon.type) expect(res.headers()['content-type'], `icon ${icon.src}`).toContain(icon.type.split(';')[0]);
  }
});

test('sw.js precaches every built file except itself and the single-file page', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  const list = sw.match(/const FILES = \[([\s\S]*?)\];/);
  expect(list, 'sw.js has a FILES list').toBeTruthy();
  const precached = [...list[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
  expect(precached).toContain('./');

  const built = readdirSync(distDir)
    .filter((n) => !n.startsWith('.') && statSync(distDir + n).isFile())
    .filter((n) => n !== 'sw.js' && n !== 'coordination-models.html')
    .map((n) => `./${n}`)
    .sort();
  expect(built).toContain('./index.html');
  expect(precached.filter((f) => f !== './').sort()).toEqual(built);

  // Every precached URL is really there (a missing one would make the worker's install fail).
  for (const f of precached) {
    const res = await request.get(new URL(f, `${DIST_ORIGIN}/`).href);
    expect(res.status(), f).toBe(200);
  }
});
