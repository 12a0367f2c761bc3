// Issue "wizard": a shared results link shows the same top 3 in a fresh page, for every scenario in data/scenarios.toml.
import { test, expect } from '@playwright/test';
import { FIT_TEXT, answersParam, completeAnswers, modelName, openApp, rankHeading, results, scenarios, topNames } from './helpers.mjs';

const cases = scenarios();

test('the scenario file was read', () => {
  expect(cases.filter((c) => c.kind === 'scenario').length).toBeGreaterThan(10);
  expect(cases.filter((c) => c.kind === 'witness')).toHaveLength(27);
  for (const c of cases) {
    expect(Object.keys(c.answers).length, c.name).toBeGreaterThan(0);
    expect(c.includes.length, c.name).toBeGreaterThan(0);
    // Every answer in the file is a real answer id of a shown question.
    const complete = completeAnswers(c.answers);
    for (const [q, a] of Object.entries(c.answers)) expect(complete[q], `${c.name}: ${q}`).toBe(a);
  }
});

for (const c of cases) {
  test(`results link: ${c.kind} "${c.name}"`, async ({ page }) => {
    const hash = `#view=wizard&a=${answersParam(completeAnswers(c.answers))}&step=results`;
    await openApp(page, hash);
    await expect(results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toHaveCount(0);
    const top = await topNames(page);
    expect(top).toHaveLength(3);
    for (const id of c.includes) expect(top, `${modelName(id)} in the top 3`).toContain(modelName(id));
    for (const id of c.excludes) expect(top, `${modelName(id)} not in the top 3`).not.toContain(modelName(id));
    // Each result shows its rank and its fit in words, with the score beside it.
    for (let i = 0; i < 3; i++) {
      const article = results(page).getByRole('article').nth(i);
      await expect(article.getByRole('heading', { level: 3 })).toHaveText(rankHeading(i, top[i]));
      await expect(article).toContainText(FIT_TEXT);
    }
    await expect(results(page).getByText(/^Why the other 24 models ranked lower$/)).toBeVisible();
  });
}
