// Issue "catalogue": the URL hash restores search, filters and the open card; reload and Back keep it.
import { test, expect } from '@playwright/test';
import { card, cards, countStatus, facet, openApp, searchBox, shownCount, waitForLive, expectDetailsOpen } from './helpers.mjs';

async function expectDeepLinkState(page) {
  await expect(searchBox(page)).toHaveValue('team');
  await expect(facet(page, 'Category', 'Team')).toBeChecked();
  await expect(facet(page, 'Category', 'Centralized')).not.toBeChecked();
  const liaison = card(page, 'Liaison');
  await expectDetailsOpen(liaison, true);
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await expect(countStatus(page)).toHaveText(/^Showing \d+ of 27 models$/);
  // Every card shown is a Team-category card.
  const n = await shownCount(page);
  await expect(cards(page).getByText('Team', { exact: true })).toHaveCount(n);
}

test('a deep link restores search, filter and open card; reload and Back keep the view', async ({ page }) => {
  const hash = '#q=team&cat=team&open=liaison';
  await openApp(page, hash);
  await expectDeepLinkState(page);
  await expect(page).toHaveURL(new RegExp(`${hash}$`));

  await page.reload();
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordination models' })).toBeVisible();
  await expectDeepLinkState(page);

  // A change (another filter) makes a history entry; Back returns to the linked view.
  const before = await shownCount(page);
  await facet(page, 'Scope', 'Org-wide').check();
  await expect(page).toHaveURL(/scope=org-wide/);
  await expect(countStatus(page)).not.toHaveText(`Showing ${before} of 27 models`);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
  await expect(facet(page, 'Scope', 'Org-wide')).not.toBeChecked();
  await expectDeepLinkState(page);
  await expect(countStatus(page)).toHaveText(`Showing ${before} of 27 models`);
});
