// Issue 21: the widget lays out by its own width (container queries), not the window's: in a 1280 px window, a
// 320 or 600 px column gets the narrow layout (the filters folded behind one "Filters" control) and a 960 px
// column the wide one (every filter group shown, no fold).
import { test, expect } from '@playwright/test';
import { widget } from './helpers.mjs';
import { COLUMNS, NARROW_BELOW, openInColumn, root } from './layout-helpers.mjs';

test.use({ viewport: { width: 1280, height: 800 } });

for (const width of COLUMNS) {
  const narrow = width < NARROW_BELOW;
  test(`a ${width} px column in a 1280 px window gets the ${narrow ? 'narrow' : 'wide'} layout`, async ({ page }) => {
    await openInColumn(page, width);
    const box = await root(page).boundingBox();
    expect(Math.round(box.width), 'the widget is as wide as its column').toBe(width);
    const fold = widget(page).locator('summary').filter({ hasText: /^Filters/ });
    const category = widget(page).getByRole('group', { name: 'Category', exact: true });
    if (narrow) {
      await expect(fold).toBeVisible();
      await expect(category).toBeHidden();
      await fold.click();
      await expect(category).toBeVisible();
    } else {
      await expect(fold).toBeHidden();
      await expect(category).toBeVisible();
      await expect(widget(page).getByRole('checkbox', { name: 'Team', exact: true })).toBeVisible();
    }
  });
}
