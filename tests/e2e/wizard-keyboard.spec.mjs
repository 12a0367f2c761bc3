// Issue "wizard": the wizard can be completed with the keyboard alone.
import { test, expect } from '@playwright/test';
import { openApp, press, results, tabTo, topNames, widget, OUTAGE_STEPS } from './helpers.mjs';

const steps = OUTAGE_STEPS;

test('Tab to the radios, arrows and Space to choose, Enter to go on, up to the results', async ({ page }) => {
  await openApp(page);
  const wizardTab = page.getByRole('button', { name: 'Help me choose' });
  await tabTo(page, wizardTab);
  await press(page, 'Enter');
  await expect(wizardTab).toHaveAttribute('aria-pressed', 'true');

  for (const [i, [prompt, label]] of steps.entries()) {
    const group = widget(page).getByRole('group', { name: prompt });
    await expect(group).toBeVisible();
    // The total counts every question that may still apply, so it can only shrink once the first answer is known.
    await expect(widget(page).getByRole('status').filter({ hasText: /^Question / })).toHaveText(i === 0 ? /^Question 1 of \d+$/ : `Question ${i + 1} of ${steps.length}`);
    await expect(widget(page).getByRole('list', { name: 'Steps' }).locator('[aria-current="step"]')).toHaveText(`Question ${i + 1}`);
    if (i > 0) {
      // Focus moved to the new question's legend.
      await expect(group.getByText(prompt, { exact: true })).toBeFocused();
    }
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
    await press(page, 'Enter');
  }

  const heading = results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  const top = await topNames(page);
  expect(top).toHaveLength(3);
  expect(top).toContain('Task force');
  await expect(page).toHaveURL(/step=results/);
});
