// Issue 22, "the group flow guides people": the comparison says who answers, who sends which link and who pastes,
// on the first screen; once a second person is in, the explanation folds away (and opens again on request).
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
import { SITUATIONS, WIDTHS, atWidth, compareWith, resultHash, resultLink } from './group-helpers.mjs';

for (const width of WIDTHS) {
  test(`${width}px: "How this works" names who answers, which link is sent and who pastes it`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(SITUATIONS[0]));
    const c = await compareWith(page, []);
    const steps = c.getByRole('group').filter({ hasText: 'How this works' }).getByRole('listitem');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(0)).toContainText('Everyone who takes part answers the questions');
    await expect(steps.nth(0)).toContainText('Answer here as the next person');
    await expect(steps.nth(1)).toContainText('copies the “Link to this result” under their results and sends it to one person');
    await expect(steps.nth(2)).toContainText('pastes the links below and chooses “Add their answers”');
    await expect(steps.nth(2)).toContainText('Link to this comparison');
    // On the first screen, under the heading.
    await expect(steps.first()).toBeInViewport();

    // A second person is in: the steps fold away, and the summary opens them again.
    await c.getByRole('textbox', { name: /^Paste colleagues/ }).fill(resultLink(SITUATIONS[1]));
    await c.getByRole('button', { name: 'Add their answers' }).click();
    await expect(c.getByRole('textbox', { name: /^Name of person/ })).toHaveCount(2);
    await expect(steps.first()).toBeHidden();
    await c.getByText('How this works', { exact: true }).click();
    await expect(steps.first()).toBeVisible();
  });
}
