// Issue "catalogue": the catalogue works with the keyboard alone, and focus is always visible (never lost to <body>).
// Focus checks are soft where a lost focus would not stop the rest of the flow, so one run reports every place it is lost.
import { test, expect } from '@playwright/test';
import { card, cards, expectShowing, facet, openApp, press, searchBox, tabTo, detailsToggle, expectDetailsOpen } from './helpers.mjs';

test('Tab, type, Space, Enter and Escape: search, filter, open and close a card', async ({ page }) => {
  await openApp(page);

  await tabTo(page, searchBox(page));
  for (const ch of 'liaison') await press(page, ch);
  await expect(searchBox(page)).toHaveValue('liaison');
  await expect(searchBox(page)).toBeFocused();

  const team = facet(page, 'Category', 'Team');
  await tabTo(page, team);
  await press(page, 'Space');
  await expect(team).toBeChecked();
  await expect(team).toBeFocused();
  const shown = await cards(page).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(27);
  await expectShowing(page, shown);

  const liaison = card(page, 'Liaison');
  const toggle = detailsToggle(liaison);
  await tabTo(page, toggle);
  await press(page, 'Enter', { soft: true });
  await expectDetailsOpen(liaison, true);
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await expect.soft(toggle, 'the toggle keeps focus after Enter opens the card').toBeFocused({ timeout: 2000 });

  // Move into the details (to the related-model link), then Escape closes the card and returns focus to its summary.
  const relatedLink = liaison.getByRole('link', { name: 'Embedded', exact: true });
  await tabTo(page, relatedLink, 40, { soft: true });
  await press(page, 'Escape', { soft: true });
  await expectDetailsOpen(liaison, false);
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeHidden();
  await expect.soft(toggle, 'Escape returns focus to the card\'s summary').toBeFocused({ timeout: 2000 });
  await expect(page).not.toHaveURL(/open=/);
});

test('keyboard focus stays in the search box and on a filter when nothing matches', async ({ page }) => {
  await openApp(page);
  await tabTo(page, searchBox(page));
  for (const ch of 'securityq') {
    await press(page, ch, { soft: true });
    await expect.soft(searchBox(page), `search box keeps focus after typing "${ch}"`).toBeFocused({ timeout: 2000 });
  }
  await expect(cards(page)).toHaveCount(0);

  // Back to a search with matches, then a filter that empties the grid, ticked with Space.
  await searchBox(page).focus();
  await searchBox(page).fill('security');
  await expect(cards(page)).not.toHaveCount(0);
  const centralized = facet(page, 'Category', 'Centralized');
  await tabTo(page, centralized, 5);
  await press(page, 'Space', { soft: true });
  await expect(centralized).toBeChecked();
  await expect(cards(page)).toHaveCount(0);
  await expect.soft(centralized, 'the checkbox keeps focus when the grid empties').toBeFocused({ timeout: 2000 });
});
