// Issue "wizard": changing an answer from the results re-ranks the models.
import { test, expect } from '@playwright/test';
import { OUTAGE_STEPS, PROBLEM_PROMPT, choice, openApp, results, topNames, widget } from './helpers.mjs';

const PROBLEM = PROBLEM_PROMPT;
const answers = OUTAGE_STEPS;
const HANDOFFS = 'Two groups keep passing work back and forth (for example development and operations)';

async function submit(page) {
  await widget(page).getByRole('button', { name: /^(Next|See results)$/ }).click();
}

test('"Change this answer" for the problem re-ranks the results', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Help me choose' }).click();
  for (const [prompt, label] of answers) {
    const group = widget(page).getByRole('group', { name: prompt });
    await choice(group, label).check();
    await submit(page);
  }
  const heading = results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' });
  await expect(heading).toBeFocused();
  const first = await topNames(page);
  expect(first[0]).toBe('Task force');
  await expect(results(page).getByRole('heading', { level: 3, name: '1. Task force' })).toBeVisible();
  await expect(results(page).getByRole('article').first()).toContainText(/(Strong|Good|Possible) fit \(score \+\d+\)/);
  await expect(results(page).getByRole('article').first().getByRole('heading', { name: 'Why it fits' })).toBeVisible();
  await expect(results(page).getByRole('article').first()).toContainText('Watch out');

  await results(page).getByRole('button', { name: new RegExp(`^Change this answer\\s*: ${PROBLEM.replace('?', '\\?')}$`) }).click();
  const problem = widget(page).getByRole('group', { name: PROBLEM });
  await expect(problem.getByText(PROBLEM, { exact: true })).toBeFocused();
  // Swap the symptom: untick the urgent one, tick handoffs.
  await expect(problem.getByRole('checkbox', { name: answers[0][1], exact: true })).toBeChecked();
  await problem.getByRole('checkbox', { name: answers[0][1], exact: true }).uncheck();
  await problem.getByRole('checkbox', { name: HANDOFFS, exact: true }).check();

  // Walk on through the (kept) answers to the results; each kept answer should show as chosen.
  // (Soft, so the re-ranking below is still checked when one is not.)
  for (const [prompt, label] of answers.slice(1)) {
    await submit(page);
    const group = widget(page).getByRole('group', { name: prompt });
    await expect(group.getByText(prompt, { exact: true })).toBeFocused();
    await expect.soft(choice(group, label), `kept answer "${label}" is shown as chosen`).toBeChecked({ timeout: 2000 });
  }
  await submit(page);
  await expect(heading).toBeFocused();
  const second = await topNames(page);
  expect(second).toHaveLength(3);
  expect(second[0]).not.toBe(first[0]);
  await expect(results(page).getByRole('definition').filter({ hasText: HANDOFFS })).toBeVisible();
  await expect(page).toHaveURL(/a=problem\.handoffs/);
});
