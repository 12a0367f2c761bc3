// Issue 20: the top-level check-up, by keyboard: pick the model, answer its signs ("Not sure" allowed), and the
// result leads with the verdict, then the sections in the order.
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';
import { checkupIn } from './checkup-helpers.mjs';

test('the top-level check-up: pick the model, answer by keyboard, and the result leads with the verdict', async ({ page }) => {
  await openApp(page);
  // The top level offers it in the widget's opening line (a fifth tab would not fit a phone's row).
  await widget(page).getByRole('link', { name: 'check the one you use' }).click();
  const c = checkupIn(widget(page));
  await expect(c.getByRole('heading', { level: 2 })).toHaveText('Is the model you use working?');
  await c.getByRole('button', { name: 'Liaison', exact: true }).click();
  const heading = c.getByRole('heading', { level: 2, name: 'Check-up: Liaison' });
  await expect(heading).toBeFocused();
  const groups = c.getByRole('group');
  await expect(groups).toHaveCount(5);
  // Every question starts at "Not sure", so each group has a checked radio that Tab reaches.
  for (let i = 0; i < 5; i++) await expect(groups.nth(i).getByRole('radio', { name: 'Not sure' })).toBeChecked();
  // Keyboard only: Tab into each group, an arrow key to choose. The first two questions: "No" (one arrow up from
  // "Not sure"), then "Yes" for the third (two arrows up).
  for (const [i, presses] of [[0, 1], [1, 1], [2, 2]]) {
    await page.keyboard.press('Tab');
    await expect(groups.nth(i).getByRole('radio', { name: 'Not sure' })).toBeFocused();
    for (let k = 0; k < presses; k++) await page.keyboard.press('ArrowUp');
    await expect(groups.nth(i).getByRole('radio', { name: presses === 1 ? 'No' : 'Yes', exact: true })).toBeChecked();
  }
  await expect(c.getByRole('status')).toHaveText('3 of 5 answered');
  // The last two questions stay at "Not sure": one Tab each passes them, the next reaches the button.
  for (const i of [3, 4]) {
    await page.keyboard.press('Tab');
    await expect(groups.nth(i).getByRole('radio', { name: 'Not sure' })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(c.getByRole('button', { name: 'See the result' })).toBeFocused();
  await page.keyboard.press('Enter');
  const result = checkupIn(widget(page));
  const verdict = result.getByRole('heading', { level: 2 });
  await expect(verdict).toHaveText(/^Liaison: (Keep it|Tune it|Consider moving)$/);
  await expect(verdict).toBeFocused();
  // The verdict comes first (the heading), then what led to it, then the sections in the order.
  const order = ['What looks healthy', 'What does not look healthy', 'What to tune inside the model', 'Where to move if tuning does not help', 'Where to move', 'Sources'];
  const at = (await result.getByRole('heading', { level: 3 }).allInnerTexts()).map((h) => order.indexOf(h));
  expect(at.length).toBeGreaterThan(1);
  expect(at).not.toContain(-1);
  expect(at).toEqual([...at].sort((x, y) => x - y));
  await expect(result.locator('h2 + p')).toHaveText(/(showed|missing|holds|answered)/);
  expect(page.url()).toContain('#view=checkup&check=liaison&signs=nny&verdict=shown');
  // Back to the answers: they are kept.
  await result.getByRole('button', { name: 'Change the answers' }).click();
  await expect(checkupIn(widget(page)).getByRole('group').nth(2).getByRole('radio', { name: 'Yes' })).toBeChecked();
});
