// Issue 19: an order between two models reads as Rubick's only where his post states it; our reading says it is
// ours; a carve-out says why an order he states is not applied. The order sits with the reasons, not in "How to start".
import { test, expect } from '@playwright/test';
import { openApp, results } from './helpers.mjs';

async function openResult(page, a) {
  await openApp(page, `#view=wizard&a=${a}&step=results`);
  await expect(results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' })).toBeVisible();
}

test('a stated order reads as Rubick\'s, next to the reasons', async ({ page }) => {
  await openResult(page, 'problem.dependency,priority.yes,duration.recurring,teams.two,reorg.merge,stage.new,work.their-code,capacity.yes,context.informed');
  const order = results(page).getByText(/^Rubick prefers Independent executor over Tiger team here: /);
  await expect(order).toBeVisible();
  // It follows "What counts against it" and comes before "Watch out" and "How to start".
  const text = await results(page).getByRole('article').first().innerText();
  expect(text.indexOf('What counts against it')).toBeLessThan(text.indexOf('Rubick prefers Independent executor'));
  expect(text.indexOf('Rubick prefers Independent executor')).toBeLessThan(text.indexOf('How to start'));
});

test('our reading never reads as Rubick\'s', async ({ page }) => {
  await openResult(page, 'problem.urgent,priority.yes,duration.weeks,teams.two,reorg.merge,stage.new,work.mandatory,context.informed');
  await expect(results(page).getByText(/^Our reading of his posts: Work demander over Task force here, because in 2021 he wrote/)).toBeVisible();
  await expect(results(page).getByText(/Rubick prefers Work demander over Task force/)).toHaveCount(0);
  await expect(results(page).getByText(/Rubick prefers Controller over Task force/)).toHaveCount(0);
});

test('a stated order set aside by a carve-out says why', async ({ page }) => {
  await openResult(page, 'problem.specialists,duration.weeks,teams.two,reorg.merge,stage.new,work.shared,specialists.borrow,context.available');
  await expect(
    results(page).getByText(/^Rubick prefers Rotation over Embedded in general, but that is not applied here: you also said every team should have its own specialist/),
  ).toBeVisible();
});
