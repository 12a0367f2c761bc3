// Issue 21: the narrow and the wide layouts are accessible: axe finds no WCAG A/AA violation in the catalogue
// (filters unfolded) in 320, 600 and 960 px columns of a 1280 px window, and in a 375 px window.
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';
import { COLUMNS, expectAxeClean, openInColumn } from './layout-helpers.mjs';

async function unfold(page) {
  const fold = widget(page).locator('summary').filter({ hasText: /^Filters/ });
  if (await fold.isVisible()) await fold.click();
  await expect(widget(page).getByRole('group', { name: 'Category', exact: true })).toBeVisible();
}

test.describe('columns of a 1280 px window', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const width of COLUMNS) {
    test(`${width} px column: axe clean`, async ({ page }) => {
      await openInColumn(page, width);
      await unfold(page);
      await expectAxeClean(page, `${width} px column`);
    });
  }
});

test.describe('a 375 px window', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, bypassCSP: true });
  for (const scheme of ['light', 'dark']) {
    test(`375 px phone, ${scheme}: axe clean`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page);
      await unfold(page);
      await expectAxeClean(page, `375 px, ${scheme}`);
    });
  }
});
