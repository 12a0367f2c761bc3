// Issue 22: on a phone the filters fold behind one "Filters" control (a native disclosure, so it also works on
// the pre-rendered page before the app starts) that says how many filters are active.
import { test, expect } from '@playwright/test';
import { expectShowing, facet, openApp, widget } from './helpers.mjs';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

test('"Filters" opens the filter groups and counts the active filters', async ({ page }) => {
  await openApp(page);
  const fold = widget(page).locator('details.cm-filters');
  const control = fold.locator('summary');
  await expect(control).toHaveText('Filters');
  await expect(fold).toHaveJSProperty('open', false);
  await expect(facet(page, 'Category', 'Team')).toBeHidden();

  await control.click();
  await expect(fold).toHaveJSProperty('open', true);
  await facet(page, 'Category', 'Team').check();
  await facet(page, 'Scope', 'One team').check();
  await expect(control).toHaveText('Filters (2 active)');
  await expectShowing(page, 5);

  // Folded again, it still says how many are on; clearing them brings the plain label back.
  await control.click();
  await expect(facet(page, 'Category', 'Team')).toBeHidden();
  await expect(control).toHaveText('Filters (2 active)');
  await widget(page).getByRole('button', { name: 'Clear all' }).click();
  await expect(control).toHaveText('Filters');
});
