// Issue 22: on a 375 x 667 phone the first screen of the catalogue shows the search box and the first card (the
// filters wait behind one control instead of filling the screen).
import { test, expect } from '@playwright/test';
import { cards, openApp, searchBox, widget } from './helpers.mjs';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

test('the search box and the first card are on the first screen', async ({ page }) => {
  await openApp(page);
  await expect(searchBox(page)).toBeInViewport({ ratio: 1 });
  const first = cards(page).first();
  await expect(first.getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
  await expect(first.locator('.cm-summary')).toBeInViewport();
  await expect(widget(page).getByRole('group', { name: 'Category', exact: true })).toBeHidden();
});
