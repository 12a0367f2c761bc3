// Issue "catalogue": when nothing matches, the widget offers to relax each constraint and says what it brings back.
import { test, expect } from '@playwright/test';
import { cards, countStatus, expectShowing, facet, openApp, searchBox, widget } from './helpers.mjs';

test('no match offers relax buttons with counts, and one brings cards back', async ({ page }) => {
  await openApp(page);
  await searchBox(page).fill('security');
  await facet(page, 'Category', 'Centralized').check();
  await expect(countStatus(page)).toHaveText('Showing 0 of 27 models');
  await expect(cards(page)).toHaveCount(0);
  await expect(widget(page).getByText('No model matches')).toBeVisible();

  const clearSearch = widget(page).getByRole('button', { name: 'Clear the search “security”' });
  const dropFilter = widget(page).getByRole('button', { name: 'Remove the filter Category: Centralized' });
  const suggestions = widget(page).getByRole('list').filter({ has: page.getByRole('button', { name: /^(Clear the search|Remove the filter)/ }) });
  await expect(suggestions.getByRole('listitem')).toHaveCount(2);
  await expect(clearSearch).toBeVisible();
  await expect(dropFilter).toBeVisible();

  // Each suggestion states how many models it brings back.
  const counts = {};
  for (const [key, name] of [['search', 'Clear the search “security”'], ['filter', 'Remove the filter Category: Centralized']]) {
    const item = suggestions.getByRole('listitem').filter({ has: page.getByRole('button', { name }) });
    await expect(item).toContainText(/\(brings back \d+ models?\)/);
    counts[key] = Number((await item.innerText()).match(/brings back (\d+) model/)[1]);
    expect(counts[key]).toBeGreaterThan(0);
  }

  // Relaxing the filter brings back exactly the models it promised.
  await dropFilter.click();
  await expectShowing(page, counts.filter);
  await expect(facet(page, 'Category', 'Centralized')).not.toBeChecked();
  await expect(searchBox(page)).toHaveValue('security');
  await expect(widget(page).getByText('No model matches')).toHaveCount(0);

  // And the other suggestion keeps its promise too.
  await facet(page, 'Category', 'Centralized').check();
  await expect(cards(page)).toHaveCount(0);
  await clearSearch.click();
  await expectShowing(page, counts.search);
  await expect(searchBox(page)).toHaveValue('');
  await expect(facet(page, 'Category', 'Centralized')).toBeChecked();
});
