// Issue 22: from the results' heading, a keyboard user reaches "Record this decision" in a few Tab presses (the
// review counted 40, past every result's links and sources), on a laptop and on a phone.
import { test, expect } from '@playwright/test';
import { answersParam, completeAnswers, openApp, results, scenarios } from './helpers.mjs';

const scenario = scenarios().find((s) => s.name === 'Security needs many teams to fix issues');
const hash = `#view=wizard&a=${answersParam(completeAnswers(scenario.answers))}&step=results`;

for (const width of [375, 1280]) {
  test(`"Record this decision" is at most 10 Tab presses from the results heading (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, hash);
    const heading = results(page).getByRole('heading', { level: 2 }).first();
    await expect(heading).toBeVisible();
    await heading.evaluate((el) => { el.tabIndex = -1; el.focus(); });
    const record = results(page).getByRole('button', { name: 'Record this decision', exact: true });
    let presses = 0;
    while (presses < 60 && !(await record.evaluate((el) => el.getRootNode().activeElement === el))) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    test.info().annotations.push({ type: 'tab presses', description: String(presses) });
    expect(presses, `${presses} Tab presses`).toBeLessThanOrEqual(10);
  });
}
