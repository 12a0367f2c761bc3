// Issue "wizard": reloading in the middle of the wizard keeps the answers and the question.
import { test, expect } from '@playwright/test';
import { openApp, widget, waitForLive } from './helpers.mjs';

const Q1 = 'What kind of problem are you trying to solve?';
const A1 = 'One team keeps waiting on, or blocking, another team\'s work';
const Q2 = 'How long will this need last?';
const A2 = 'About one project: a few months, then it ends';
const Q3 = 'How many teams are involved?';

test('answers and position survive a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Help me choose' }).click();
  await widget(page).getByRole('group', { name: Q1 }).getByRole('radio', { name: A1, exact: true }).check();
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await widget(page).getByRole('group', { name: Q2 }).getByRole('radio', { name: A2, exact: true }).check();
  await widget(page).getByRole('button', { name: 'Next' }).click();
  await expect(widget(page).getByRole('group', { name: Q3 })).toBeVisible();
  await expect(page).toHaveURL(/#view=wizard&a=problem\.dependency,duration\.project&step=teams$/);

  await page.reload();
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordination models' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget(page).getByRole('group', { name: Q3 })).toBeVisible();
  await expect(widget(page).getByText('Question 3 of 6', { exact: true })).toBeVisible();
  await expect(widget(page).getByRole('group', { name: Q3 }).getByRole('radio', { checked: true })).toHaveCount(0);

  await widget(page).getByRole('button', { name: 'Back' }).click();
  await expect(widget(page).getByRole('group', { name: Q2 }).getByRole('radio', { name: A2, exact: true })).toBeChecked();
  await widget(page).getByRole('button', { name: 'Back' }).click();
  await expect(widget(page).getByRole('group', { name: Q1 }).getByRole('radio', { name: A1, exact: true })).toBeChecked();
  await expect(widget(page).getByRole('button', { name: 'Back' })).toHaveCount(0);
});
