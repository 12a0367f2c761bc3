// Typing a person's name re-renders the comparison: the name is in its lines, its "Remove" buttons and its link.
// On a loaded machine that render can land after the reader has already pressed Tab (CI once saw it: Tab from the
// name field, and the focus fell back to the page). So no control of the comparison may be re-created while a name
// is typed: the element that has the focus must still be in the page after the render.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
import { SITUATIONS, compareWith, resultHash, resultLink } from './group-helpers.mjs';

test('typing a name re-creates none of the comparison\'s buttons, fields or links, so the focus stays', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[0]));
  const c = await compareWith(page, [resultLink(SITUATIONS[1]), resultLink(SITUATIONS[2])]);
  const controls = c.locator('button, a[href], input, textarea, select');
  const count = await controls.count();
  expect(count).toBeGreaterThan(8);
  // Tag every control, type a name, and see which tagged controls are gone from the page.
  await controls.evaluateAll((els) => els.forEach((el, i) => { el.dataset.before = String(i); }));
  const name = c.getByRole('textbox', { name: 'Name of person 2' });
  await name.focus();
  await page.keyboard.type('Bob');
  await expect(c.getByRole('button', { name: 'Remove Bob' })).toBeVisible();
  await expect(c.getByRole('link', { name: /Bob/ })).toBeVisible();
  const gone = await c.evaluate((region, n) => {
    const kept = new Set([...region.querySelectorAll('[data-before]')].map((el) => el.dataset.before));
    return [...Array(n).keys()].filter((i) => !kept.has(String(i)));
  }, count);
  expect(gone, 'indices of controls re-created by typing').toEqual([]);

  // And so, with the keyboard: Tab from the name field reaches the next control, never the page itself.
  await name.focus();
  await page.keyboard.type('by');
  await page.keyboard.press('Tab');
  await expect(c.getByRole('button', { name: 'Remove Bobby' })).toBeFocused();
});
