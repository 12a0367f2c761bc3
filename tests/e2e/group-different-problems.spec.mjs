// Issue 22, "a warning when people chose different problems": the comparison says, above the ranking, that the
// people are not solving the same problem yet and who named which; people who named the same problem see no warning.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
import { SITUATIONS, WIDTHS, atWidth, compareWith, resultHash, resultLink } from './group-helpers.mjs';

const SPLIT = ['Blocked by several teams, could work in their code, ongoing', 'Support escalations interrupt engineers'];

for (const width of WIDTHS) {
  test(`${width}px: people who named different problems are warned, with who named which`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(SPLIT[0]));
    const c = await compareWith(page, [resultLink(SPLIT[1])]);
    await c.getByRole('textbox', { name: 'Name of person 1' }).fill('Ann');
    await c.getByRole('textbox', { name: 'Name of person 2' }).fill('Bob');
    const warning = c.getByRole('note').filter({ hasText: 'You are not solving the same problem yet.' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('“A team keeps waiting on, or being blocked by, other teams\' work”: Ann');
    await expect(warning).toContainText(/”: Bob\)/);
    await expect(warning).toContainText('agree on the problem first');
    // Above the ranking it warns about.
    const [w, r] = await Promise.all([warning.boundingBox(), c.getByRole('heading', { name: 'Combined ranking' }).boundingBox()]);
    expect(w.y).toBeLessThan(r.y);
  });

  test(`${width}px: people who named the same problem see no such warning`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(SITUATIONS[0]));
    const c = await compareWith(page, [resultLink(SITUATIONS[1])]);
    await expect(c.getByRole('heading', { name: 'Combined ranking' })).toBeVisible();
    await expect(c.getByText('You are not solving the same problem yet.')).toHaveCount(0);
  });
}
