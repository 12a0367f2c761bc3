// Issue 22: on a phone the wizard says where the reader is ("Question 3 of 9") instead of a stepper that wraps over
// several rows, the first answer is on the first screen, and an earlier question is still one tap away.
import { test, expect } from '@playwright/test';
import { choice, openApp, question, widget, OUTAGE_STEPS, PROBLEM_PROMPT } from './helpers.mjs';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

test('progress as text, the answers on the first screen, and a way back to an earlier question', async ({ page }) => {
  await openApp(page, '#view=wizard');
  const wizard = widget(page).getByRole('region', { name: 'Decision wizard' });
  const progress = wizard.getByRole('status').filter({ hasText: /^Question / });
  await expect(progress).toHaveText(/^Question 1 of \d+$/);
  await expect(wizard.getByRole('list')).toHaveCount(0);
  await expect(question(page, PROBLEM_PROMPT).getByRole('checkbox').first()).toBeInViewport({ ratio: 1 });

  for (const [prompt, label] of OUTAGE_STEPS.slice(0, 2)) {
    await choice(question(page, prompt), label).check();
    await wizard.getByRole('button', { name: 'Next' }).click();
  }
  await expect(progress).toHaveText(/^Question 3 of \d+$/);
  await expect(progress).toBeInViewport();
  const third = question(page, OUTAGE_STEPS[2][0]);
  await expect(third.getByRole('radio').first()).toBeInViewport({ ratio: 1 });

  // The answered questions are folded under one control; each goes back to its question, answer kept.
  await wizard.locator('summary').filter({ hasText: 'Change an earlier answer' }).click();
  const back = wizard.getByRole('list', { name: 'Answered questions' }).getByRole('button');
  await expect(back).toHaveText([`Question 1: ${PROBLEM_PROMPT}`, `Question 2: ${OUTAGE_STEPS[1][0]}`]);
  await back.first().click();
  await expect(progress).toHaveText(/^Question 1 of \d+$/);
  await expect(choice(question(page, PROBLEM_PROMPT), OUTAGE_STEPS[0][1])).toBeChecked();
});
