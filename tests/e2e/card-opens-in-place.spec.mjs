// Issue 22: opening a card's details does not move the card: it grows down its own column (it used to jump to a
// full-width row, leaving a hole), and the "Hide details" control is where "Show details" was.
import { test, expect } from '@playwright/test';
import { card, cards, detailsToggle, expectDetailsOpen, openApp } from './helpers.mjs';

test.use({ viewport: { width: 1280, height: 900 } });

test('a card in the right-hand column opens where it is, without a hole or an overlap', async ({ page }) => {
  await openApp(page);
  const tenets = card(page, 'Tenets');
  const before = await tenets.boundingBox();
  const left = await card(page, 'Standards').boundingBox();
  expect(before.x, 'Tenets starts in a column to the right').toBeGreaterThan(left.x + left.width);
  const toggle = detailsToggle(tenets);
  const toggleBefore = await toggle.boundingBox();

  await toggle.click();
  await expectDetailsOpen(tenets);
  await expect(tenets.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  const after = await tenets.boundingBox();
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(after.y).toBeCloseTo(before.y, 0);
  expect(after.width).toBeCloseTo(before.width, 0);
  expect(after.height, 'the card grew down').toBeGreaterThan(before.height * 3);
  const toggleAfter = await toggle.boundingBox();
  expect(toggleAfter.y, 'the control stays where it was clicked').toBeCloseTo(toggleBefore.y, 0);
  await expect(toggle).toHaveText(/Hide details/);

  // The other cards flow past it: none overlaps it or another, and the next card fills the row below.
  const boxes = await Promise.all((await cards(page).all()).map((c) => c.boundingBox()));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.x + a.width <= b.x + 0.5 || b.x + b.width <= a.x + 0.5 || a.y + a.height <= b.y + 0.5 || b.y + b.height <= a.y + 0.5;
      expect(apart, `cards ${i} and ${j} overlap`).toBe(true);
    }
  }
  const next = await card(page, 'Goal frameworks').boundingBox();
  expect(next.x, 'the next card starts the next row at the left').toBeCloseTo(boxes[0].x, 0);
  expect(next.y).toBeLessThan(after.y + after.height);
});
