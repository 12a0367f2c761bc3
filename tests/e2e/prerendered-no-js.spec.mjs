// Issue "fast, light, accessible": with JavaScript disabled the static page still lists every model with its
// category and summary (pre-rendered at build time), and says what needs JavaScript.
import { test, expect } from '@playwright/test';
import { models } from './helpers.mjs';

test.use({ javaScriptEnabled: false });

test('without JavaScript the page shows all 27 models with category and summary', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(27);
  const expected = models();
  for (let i = 0; i < expected.length; i++) {
    const card = cards.nth(i);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(expected[i].name);
    await expect(card.locator('.cm-badge-cat')).toHaveText(/^(Centralized|Role-based|Team)$/);
    await expect(card.locator('.cm-summary')).not.toBeEmpty();
  }
  // Playwright disables scripts after parsing, so <noscript> is not rendered here; check the note is in the page.
  expect(await page.content()).toMatch(/<noscript>.*Search, filters and the wizard need JavaScript/s);
});
