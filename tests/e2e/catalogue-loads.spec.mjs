// Issue "catalogue": the page loads with every model as a card with a heading.
import { test, expect } from '@playwright/test';
import { TOTAL, cards, expectShowing, models, openApp, detailsToggle, expectDetailsOpen } from './helpers.mjs';

test('the catalogue loads with 27 cards, each headed by its model name', async ({ page }) => {
  await openApp(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  await expectShowing(page, TOTAL);

  const expected = models().map((m) => m.name);
  expect(expected).toHaveLength(TOTAL);
  for (let i = 0; i < TOTAL; i++) {
    const heading = cards(page).nth(i).getByRole('heading', { level: 3 });
    await expect(heading).toHaveCount(1);
    await expect(heading).toHaveText(expected[i]);
    await expect(detailsToggle(cards(page).nth(i))).toHaveText(`Show details for ${expected[i]}`, { useInnerText: true });
    await expectDetailsOpen(cards(page).nth(i), false);
  }
  await expect(page).toHaveTitle(/Coordination models/);
});
