// Issue "wizard": after the results, the catalogue can be sorted by fit to the answers.
import { test, expect } from '@playwright/test';
import { TOTAL, answersParam, completeAnswers, cards, openApp, results, scenarios, topNames, widget } from './helpers.mjs';

test('"Browse all cards by fit" sorts the catalogue with the #1 result first and marks poor fits', async ({ page }) => {
  const scenario = scenarios().find((s) => s.name === 'Security needs many teams to fix issues');
  expect(scenario).toBeTruthy();
  await openApp(page, `#view=wizard&a=${answersParam(completeAnswers(scenario.answers))}&step=results`);
  const top = await topNames(page);
  expect(top).toHaveLength(3);

  await results(page).getByRole('button', { name: 'Browse all cards by fit' }).click();
  await expect(page.getByRole('button', { name: 'Browse all models' })).toHaveAttribute('aria-pressed', 'true');
  const sort = widget(page).getByRole('checkbox', { name: 'Sort by fit to my wizard answers' });
  await expect(sort).toBeChecked();
  await expect(page).toHaveURL(/sort=fit/);
  await expect(cards(page)).toHaveCount(TOTAL);

  const names = await cards(page).getByRole('heading', { level: 3 }).allInnerTexts();
  expect(names.slice(0, 3)).toEqual(top);
  await expect(cards(page).first()).toContainText(/Fit \+\d+/);
  await expect(cards(page).first()).not.toContainText('poor fit');
  const poor = cards(page).filter({ hasText: 'poor fit' });
  expect(await poor.count()).toBeGreaterThan(0);
  expect(await poor.count()).toBeLessThan(TOTAL);
  // Poor fits come after the good ones.
  await expect(cards(page).last()).toContainText('poor fit');

  // Unticking restores catalogue order without fit labels.
  await sort.uncheck();
  await expect(sort).not.toBeChecked();
  await expect(cards(page).filter({ hasText: 'poor fit' })).toHaveCount(0);
  await expect(cards(page).first().getByRole('heading', { level: 3 })).toHaveText('Product strategy');
});
