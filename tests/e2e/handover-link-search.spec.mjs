// Issue #11: the handover from the static page's pre-rendered copy takes over only what the reader did there:
// the copy's empty search box does not wipe out the search of the link the page was opened with.
import { test, expect } from '@playwright/test';
import { cards, countStatus, facet, openApp, searchBox } from './helpers.mjs';

test('a link\'s search and filter stay when the app takes over from the copy', async ({ page }) => {
  await openApp(page, '#q=team&cat=team');
  await expect(searchBox(page)).toHaveValue('team');
  await expect(facet(page, 'Category', 'Team')).toBeChecked();
  // Settled: the app has drawn every card the link's search and filter leave (the count and the cards agree).
  const status = await countStatus(page).innerText();
  const shown = Number(/Showing (\d+) of/.exec(status)?.[1]);
  expect(shown, status).toBeGreaterThan(0);
  await expect(cards(page)).toHaveCount(shown);
  await expect(searchBox(page), 'still, once everything has settled').toHaveValue('team');
  expect(new URL(page.url()).hash).toBe('#q=team&cat=team');
});
