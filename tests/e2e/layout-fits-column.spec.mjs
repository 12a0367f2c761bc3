// Issue 21: at every width the widget fits: in 320, 600 and 960 px columns of a 1280 px window, and in a 375 px
// window, nothing scrolls sideways and no two parts of the catalogue are drawn over each other, filters open or not.
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';
import { CATALOGUE_PARTS, COLUMNS, expectNoHorizontalScroll, expectNoOverlap, openInColumn } from './layout-helpers.mjs';

async function check(page) {
  await expectNoHorizontalScroll(page);
  expect(await expectNoOverlap(page, CATALOGUE_PARTS)).toBeGreaterThan(8);
  const fold = widget(page).locator('summary').filter({ hasText: /^Filters/ });
  if (await fold.isVisible()) {
    await fold.click();
    await expect(widget(page).getByRole('group', { name: 'Category', exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoOverlap(page, CATALOGUE_PARTS);
  }
}

test.describe('columns of a 1280 px window', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const width of COLUMNS) {
    test(`${width} px column: no sideways scroll, nothing overlapping`, async ({ page }) => {
      await openInColumn(page, width);
      await check(page);
    });
  }
});

test.describe('a 375 px window', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  test('375 px phone: no sideways scroll, nothing overlapping', async ({ page }) => {
    await openApp(page);
    await check(page);
  });
});
