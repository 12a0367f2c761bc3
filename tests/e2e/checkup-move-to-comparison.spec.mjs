// Issue 20: a move in the check-up's result links to that card and to the two models side by side.
import { test, expect } from '@playwright/test';
import { card, expectDetailsOpen, openApp, widget } from './helpers.mjs';
import { checkupIn, MOVE } from './checkup-helpers.mjs';

test('a move links to its card and to the comparison of the two side by side', async ({ page }) => {
  await openApp(page, MOVE);
  const c = checkupIn(widget(page));
  await expect(c.getByRole('heading', { level: 2 })).toHaveText('Service provider: Consider moving');
  const moves = c.getByRole('heading', { level: 3, name: 'Where to move' });
  await expect(moves).toBeVisible();
  const first = c.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Compare the two side by side' }) }).first();
  const target = (await first.getByRole('link').innerText()).trim();
  expect(target).not.toBe('Service provider');
  await first.getByRole('button', { name: 'Compare the two side by side' }).click();
  const table = widget(page).getByRole('table');
  await expect(table.getByRole('columnheader', { name: /Service provider/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: new RegExp(target) })).toBeVisible();
  // The browser's Back returns to the check-up's result; its card link opens that card.
  await page.goBack();
  await expect(checkupIn(widget(page)).getByRole('heading', { level: 2 })).toHaveText('Service provider: Consider moving');
  await checkupIn(widget(page)).getByRole('link', { name: target, exact: true }).first().click();
  await expectDetailsOpen(card(page, target), true);
});
