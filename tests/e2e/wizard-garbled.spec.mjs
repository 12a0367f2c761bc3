// Issue "wizard": a wizard link with an unknown answer keeps the valid answers and says what was ignored.
import { test, expect } from '@playwright/test';
import { linkNotice, openApp, widget, PROBLEM_PROMPT } from './helpers.mjs';

test('#view=wizard&a=problem.urgent,bogus.zzz keeps the valid answer and shows the notice', async ({ page }) => {
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await openApp(page, '#view=wizard&a=problem.urgent,bogus.zzz');
  await expect(linkNotice(page)).toBeVisible();
  await expect(linkNotice(page)).toContainText('bogus.zzz');
  await expect(page.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');

  // The wizard continues after the answered question.
  await expect(widget(page).getByRole('group', { name: 'Is the work already an agreed priority for every team that has to take part?' })).toBeVisible();
  await expect(widget(page).getByText(/^Question 2 of \d+$/)).toBeVisible();
  await widget(page).getByRole('button', { name: 'Back' }).click();
  const problem = widget(page).getByRole('group', { name: PROBLEM_PROMPT });
  await expect(problem.getByRole('checkbox', { name: 'A serious problem cuts across several teams and has to be fixed now', exact: true })).toBeChecked();
  await expect(page).not.toHaveURL(/bogus/);
  expect(pageErrors).toEqual([]);
});
