// Issue 22, "a banner saying whose answers are being entered": while the next person answers on the same screen, a
// banner over the wizard says whose answers these will be, takes their name on the first question (kept in the
// link), and on the results offers the button that adds them, without scrolling.
import { test, expect } from '@playwright/test';
import { openApp, results } from './helpers.mjs';
import {
  SITUATIONS, WIDTHS, answerFirstOptions, atWidth, comparison, compareWith, resultHash, turnBanner,
} from './group-helpers.mjs';

for (const width of WIDTHS) {
  test(`${width}px: answering in turn, the banner says whose answers these are and adds them under that name`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(SITUATIONS[0]));
    const c = await compareWith(page, []);
    await c.getByRole('textbox', { name: 'Name of person 1' }).fill('Ann');
    await expect(turnBanner(page)).toHaveCount(0);
    await c.getByRole('button', { name: 'Answer here as the next person' }).click();

    const banner = turnBanner(page);
    await expect(banner).toContainText('Whose answers? These will be added to the comparison as person 2, after Ann.');
    await expect(banner).toBeInViewport();
    await banner.getByRole('textbox', { name: 'Name of person 2' }).fill('Bob');
    await expect(page).toHaveURL(/[#&]who=Bob(&|$)/);
    await expect(banner).toContainText('as person 2 (Bob), after Ann.');
    // The way back, before the answers are complete, adds nobody.
    await expect(banner.getByRole('button', { name: 'Back to the comparison' })).toBeVisible();

    await answerFirstOptions(page);
    await expect(turnBanner(page)).toContainText('as person 2 (Bob), after Ann.');
    const add = turnBanner(page).getByRole('button', { name: 'Add these answers to the comparison' });
    await expect(add).toBeInViewport();
    await add.click();
    await expect(comparison(page).getByRole('heading', { level: 2 })).toBeFocused();
    await expect(comparison(page).getByRole('textbox', { name: 'Name of person 2' })).toHaveValue('Bob');
    await expect(comparison(page).getByRole('textbox', { name: 'Name of person 1' })).toHaveValue('Ann');
    await expect(turnBanner(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[#&]who=/);

    // Back at one of their own results, nobody is answering in turn: no banner.
    await comparison(page).getByRole('button', { name: 'Back to the wizard' }).click();
    await expect(results(page)).toBeVisible();
    await expect(turnBanner(page)).toHaveCount(0);
  });
}
