// Issue "wizard": the wizard can be completed with the keyboard alone.
import { test, expect } from '@playwright/test';
import { openApp, press, results, tabTo, topNames, widget, OUTAGE_STEPS, PROBLEM_PROMPT } from './helpers.mjs';

const steps = OUTAGE_STEPS;

test('Tab to the choices, arrows and Space to choose, Enter to go on, up to the results', async ({ page }) => {
  await openApp(page);
  const wizardTab = page.getByRole('button', { name: 'Help me choose' });
  await tabTo(page, wizardTab);
  await press(page, 'Enter');
  await expect(wizardTab).toHaveAttribute('aria-pressed', 'true');

  let total = Infinity;
  for (const [i, [prompt, label]] of steps.entries()) {
    const group = widget(page).getByRole('group', { name: prompt });
    await expect(group).toBeVisible();
    // The total counts every question that may still apply, so it never grows, and ends at the questions asked.
    const progress = widget(page).getByRole('status').filter({ hasText: /^Question / });
    await expect(progress).toHaveText(new RegExp(`^Question ${i + 1} of \\d+$`));
    const now = Number((await progress.innerText()).match(/of (\d+)$/)[1]);
    expect(now, 'the question count never grows').toBeLessThanOrEqual(total);
    total = now;
    if (i > 0) {
      // Focus moved to the new question's legend.
      await expect(group.getByText(prompt, { exact: true })).toBeFocused();
    }
    if (prompt === PROBLEM_PROMPT) {
      // The first question takes up to two answers: checkboxes, each its own tab stop, ticked with Space.
      const chosen = group.getByRole('checkbox', { name: label, exact: true });
      await tabTo(page, chosen, 20);
      await press(page, 'Space');
      await expect(chosen).toBeChecked();
    } else {
      const radios = group.getByRole('radio');
      const labels = await Promise.all((await radios.all()).map(async (r) => (await r.evaluate((el) => el.closest('label').innerText)).trim()));
      const target = labels.indexOf(label);
      expect(target, `answer "${label}" among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);

      await tabTo(page, radios.first(), 10);
      await press(page, 'Space');
      await expect(radios.first()).toBeChecked();
      for (let k = 0; k < target; k++) await press(page, 'ArrowDown');
      const chosen = group.getByRole('radio', { name: label, exact: true });
      await expect(chosen).toBeChecked();
      await expect(chosen).toBeFocused();
    }
    await press(page, 'Enter');
  }
  expect(total, 'the count ends at the questions asked').toBe(steps.length);

  const heading = results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  const top = await topNames(page);
  expect(top).toHaveLength(3);
  expect(top[0]).toBe('Task force');
  await expect(page).toHaveURL(/step=results/);
});
