// Issue "catalogue": typing in the search box narrows the cards, case-insensitively.
import { test, expect } from '@playwright/test';
import { TOTAL, cards, countStatus, expectShowing, openApp, searchBox, shownCount } from './helpers.mjs';

test('searching "security" narrows the cards and is case-insensitive', async ({ page }) => {
  await openApp(page);
  await expectShowing(page, TOTAL);

  await searchBox(page).fill('security');
  await expect(countStatus(page)).toHaveText(/^Showing \d+ of 27 models$/);
  const n = await shownCount(page);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(TOTAL);
  await expect(cards(page)).toHaveCount(n);
  await expect(page).toHaveURL(/#q=security$/);
  // A search chip shows the query.
  await expect(page.getByRole('button', { name: 'Remove search: security' })).toBeVisible();
  const lower = await cards(page).getByRole('heading', { level: 3 }).allInnerTexts();

  await searchBox(page).fill('SECURITY');
  await expect(page.getByRole('button', { name: 'Remove search: SECURITY' })).toBeVisible();
  await expectShowing(page, n);
  expect(await cards(page).getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(lower);

  // Clearing the box brings every card back.
  await searchBox(page).fill('');
  await expectShowing(page, TOTAL);
});
