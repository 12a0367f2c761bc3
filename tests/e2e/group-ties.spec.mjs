// Issue 22, "ties labelled as ties": models with the same points in the combined ranking share a place ("=1",
// "tied"), a tie for first place says so in words, and each line shows where each person ranks the model.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
import { WIDTHS, atWidth, combinedLines, compareWith, resultHash, resultLink } from './group-helpers.mjs';

// Two situations of data/scenarios.toml whose combined ranking ties at the top (the same problem).
const TIED = ['Specialists: only they can do it', 'Security specialists, teams can borrow people'];
// Two whose combined ranking does not.
const UNTIED = ['Blocked by several teams, could work in their code, ongoing', 'Infrastructure requests pile up'];

for (const width of WIDTHS) {
  test(`${width}px: a tie for first place is labelled "=1", "tied", and explained`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(TIED[0]));
    const c = await compareWith(page, [resultLink(TIED[1])]);
    await c.getByRole('textbox', { name: 'Name of person 1' }).fill('Ann');
    await c.getByRole('textbox', { name: 'Name of person 2' }).fill('Bob');
    const lines = combinedLines(c);
    await expect(lines.nth(0)).toHaveText(/^=1 .+ tied Ann #\d+ · Bob #\d+$/);
    await expect(lines.nth(1)).toHaveText(/^=1 .+ tied Ann #\d+ · Bob #\d+$/);
    const name = async (i) => (await lines.nth(i).locator('strong').innerText()).trim();
    const [first, second] = [await name(0), await name(1)];
    await expect(c.getByText(new RegExp(`^A tie: ${first}( and|,) .*${second}.* share first place\\. ${first} is listed first `))).toBeVisible();
    // A place that is not shared has no "=".
    for (const text of await lines.allInnerTexts()) {
      if (!/ tied /.test(text)) expect(text).toMatch(/^\d+ /);
    }
  });

  test(`${width}px: a ranking without ties shows plain places and no tie note`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(UNTIED[0]));
    const c = await compareWith(page, [resultLink(UNTIED[1])]);
    await expect(combinedLines(c).first()).toHaveText(/^1 .+ Person 1 #\d+ · Person 2 #\d+$/);
    await expect(c.getByText(/^A tie: /)).toHaveCount(0);
  });
}
