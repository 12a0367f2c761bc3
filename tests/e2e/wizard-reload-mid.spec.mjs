// Issue "wizard": reloading in the middle of the wizard keeps the answers and the question.
import { test, expect } from '@playwright/test';
import { PROBLEM_PROMPT, openApp, widget, waitForLive } from './helpers.mjs';

const Q1 = PROBLEM_PROMPT;
const A1 = 'A team keeps waiting on, or being blocked by, other teams\' work';
const Q2 = 'Is the work already an agreed priority for every team that has to take part?';
const A2 = 'No, it competes with each team\'s own roadmap';
const Q3 = 'How long will the need last?';

test('answers and position survive a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Help me choose' }).click();
  await widget(page).getByRole('group', { name: Q1 }).getByRole('checkbox', { name: A1, exact: true }).check();
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await widget(page).getByRole('group', { name: Q2 }).getByRole('radio', { name: A2, exact: true }).check();
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await expect(widget(page).getByRole('group', { name: Q3 })).toBeVisible();
  await expect(page).toHaveURL(/#view=wizard&a=problem\.dependency,priority\.no&step=duration$/);
  const progress = await widget(page).getByText(/^Question 3 of \d+$/).innerText();

  await page.reload();
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordination models' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget(page).getByRole('group', { name: Q3 })).toBeVisible();
  await expect(widget(page).getByText(progress, { exact: true })).toBeVisible();
  await expect(widget(page).getByRole('group', { name: Q3 }).getByRole('radio', { checked: true })).toHaveCount(0);

  await widget(page).getByRole('button', { name: 'Back' }).click();
  await expect(widget(page).getByRole('group', { name: Q2 }).getByRole('radio', { name: A2, exact: true })).toBeChecked();
  await widget(page).getByRole('button', { name: 'Back' }).click();
  await expect(widget(page).getByRole('group', { name: Q1 }).getByRole('checkbox', { name: A1, exact: true })).toBeChecked();
  await expect(widget(page).getByRole('button', { name: 'Back' })).toHaveCount(0);
});
