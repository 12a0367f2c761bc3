// Issue 12, "done when", on one screen and by keyboard only: three people answer in turn, end at a comparison and a
// decision record in one link. Every Tab stop must show a visible focus indicator.
import { test, expect } from '@playwright/test';
import { openApp, results, tabTo, widget } from './helpers.mjs';
import { SITUATIONS, comparison, record, resultHash } from './group-helpers.mjs';

/** Answers the wizard from its first question by keyboard: `second` picks each question's second answer. */
async function answerByKeyboard(page, second) {
  for (let i = 0; i < 15; i++) {
    const legend = widget(page).locator('fieldset legend');
    if (!(await legend.count())) break;
    await expect(legend).toBeFocused();
    const multi = (await widget(page).locator('fieldset input[type=checkbox]').count()) > 0;
    await page.keyboard.press('Tab');
    if (second) await page.keyboard.press(multi ? 'Tab' : 'ArrowDown');
    if (multi || !second) await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(legend.or(results(page).getByRole('heading', { level: 2 }))).toBeVisible();
    if (await results(page).count()) break;
  }
  await expect(results(page).getByRole('heading', { level: 2 })).toBeFocused();
}

test('three people answer in turn on one screen, by keyboard only, and end at a comparison and a record', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, resultHash(SITUATIONS[0]));
  await results(page).getByRole('heading', { level: 2 }).focus();
  await tabTo(page, results(page).getByRole('button', { name: 'Compare with colleagues' }), 150);
  await page.keyboard.press('Enter');
  await expect(comparison(page).getByRole('heading', { level: 2 })).toBeFocused();
  await tabTo(page, comparison(page).getByRole('textbox', { name: 'Name of person 1' }));
  await page.keyboard.type('Ann');

  for (const [n, name] of [[2, 'Bob'], [3, 'Cy']]) {
    await tabTo(page, comparison(page).getByRole('button', { name: 'Answer here as the next person' }));
    await page.keyboard.press('Enter');
    await answerByKeyboard(page, n === 3);
    await tabTo(page, results(page).getByRole('button', { name: 'Add to the comparison' }), 150);
    await page.keyboard.press('Enter');
    await expect(comparison(page).getByRole('heading', { level: 2 })).toBeFocused();
    await tabTo(page, comparison(page).getByRole('textbox', { name: `Name of person ${n}` }));
    await page.keyboard.type(name);
  }
  await expect(comparison(page).getByRole('term').filter({ hasText: '≠ differ' }).first()).toBeVisible();

  await tabTo(page, comparison(page).getByRole('button', { name: 'Record this decision' }));
  await page.keyboard.press('Enter');
  await expect(record(page).getByRole('heading', { level: 2 })).toBeFocused();
  await tabTo(page, record(page).getByRole('textbox', { name: 'Why we chose it' }));
  await page.keyboard.type('Everyone can start on Monday.');
  await expect(record(page).getByRole('textbox', { name: 'Name of person 3' })).toHaveValue('Cy');

  // The one link reopens the record with the three people.
  const again = await page.context().newPage();
  await openApp(again, new URL(page.url()).hash);
  await expect(record(again).getByRole('textbox', { name: 'Why we chose it' })).toHaveValue('Everyone can start on Monday.');
  await expect(record(again).getByRole('textbox', { name: 'Name of person 3' })).toHaveValue('Cy');
  await again.emulateMedia({ media: 'print' });
  await expect(record(again).getByText(/ · Deciders: Ann, Bob and Cy · /)).toBeVisible();
});
