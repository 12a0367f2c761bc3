// The static page and the single file show the widget and nothing else. The build rewrites the page (the loader,
// the stylesheet's name, the pre-rendered copy); a rewrite that is off by a character leaves it on screen, as a
// stray ">" at the top of the page once did.
import { test, expect } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { distDir } from './helpers.mjs';

/** Text on the page outside the widget (and outside noscript, script, style and title), trimmed. */
const strayText = (page) => page.evaluate(() => {
  const widget = document.querySelector('[data-coordination-models]');
  const found = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (widget?.contains(n) || n.parentElement?.closest('noscript, script, style, title')) continue;
    if (n.textContent.trim()) found.push(n.textContent.trim());
  }
  return { widget: Boolean(widget), found };
});

test('the static page and the single file have no text outside the widget', async ({ page }) => {
  await page.goto('/');
  expect(await strayText(page)).toEqual({ widget: true, found: [] });
  await page.goto(pathToFileURL(`${distDir}coordination-models.html`).href);
  expect(await strayText(page)).toEqual({ widget: true, found: [] });
});
