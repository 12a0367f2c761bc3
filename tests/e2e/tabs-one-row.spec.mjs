// Issue 22: the view tabs fit one row on a 375 px phone and in a 320 px column, and keep their full names for
// screen readers ("Browse all models" may show as "Browse").
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';
import { openInColumn } from './layout-helpers.mjs';

const NAMES = ['Browse all models', 'Help me choose', /^Compare/, 'Map'];

async function expectOneRow(page) {
  const nav = widget(page).getByRole('navigation', { name: 'Views' });
  const tabs = nav.getByRole('button');
  await expect(tabs).toHaveCount(4);
  for (const [i, name] of NAMES.entries()) {
    await expect(tabs.nth(i)).toHaveAccessibleName(name);
  }
  for (const tab of await tabs.all()) {
    const fits = await tab.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight);
    expect(fits, `the label of "${await tab.innerText()}" fits in its tab`).toBe(true);
  }
  const boxes = await Promise.all((await tabs.all()).map((t) => t.boundingBox()));
  const frame = await nav.boundingBox();
  for (const b of boxes) {
    expect(Math.abs(b.y - boxes[0].y), 'every tab starts on the first row').toBeLessThan(1);
    expect(b.x + b.width, 'the tab ends inside the widget').toBeLessThanOrEqual(frame.x + frame.width + 0.5);
    expect(b.height, 'a tab is at least 44 px tall (a touch target)').toBeGreaterThanOrEqual(44);
  }
}

test.describe('a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  test('the tabs fit one row, also with three models picked to compare', async ({ page }) => {
    await openApp(page, '#cmp=liaison,embedded,rotation');
    await expect(widget(page).getByRole('button', { name: 'Compare (3)' })).toBeVisible();
    await expectOneRow(page);
  });
});

test.describe('a 320 px column of a 1280 px window', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('the tabs fit one row', async ({ page }) => {
    await openInColumn(page, 320);
    await expectOneRow(page);
  });
});
