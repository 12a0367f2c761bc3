// Issue 22: the results lead with the answer (a verdict in words, then the actions), results 2 and 3 open in place,
// and a result with nothing to go on says so instead of presenting the catalogue's order as a ranking.
import { test, expect } from '@playwright/test';
import { answersParam, completeAnswers, openApp, results, scenarios, topNames } from './helpers.mjs';

const scenario = scenarios().find((s) => s.name === 'Security needs many teams to fix issues');
const hash = `#view=wizard&a=${answersParam(completeAnswers(scenario.answers))}&step=results`;

for (const width of [375, 1280]) {
  test(`the verdict and the actions come before the results (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width < 600 ? 667 : 900 });
    await openApp(page, hash);
    const top = await topNames(page);
    const verdict = results(page).getByText(new RegExp(`^Best fit: ${top[0]}, a (strong|good|possible) fit for your answers\\.`));
    await expect(verdict).toBeVisible();
    // The answer is on the first screen.
    const box = await verdict.boundingBox();
    expect(box.y + box.height).toBeLessThan(page.viewportSize().height);
    // Every action sits above the first result, so nobody scrolls past the results to reach it.
    const first = await results(page).getByRole('article').first().boundingBox();
    for (const name of ['Copy as Markdown', 'Print', 'Compare with colleagues', 'Record this decision']) {
      const b = await results(page).getByRole('button', { name, exact: true }).boundingBox();
      expect(b.y, name).toBeLessThan(first.y);
    }
  });

  test(`results 2 and 3 start as summaries and open in place (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, hash);
    const articles = results(page).getByRole('article');
    await expect(articles.first().getByRole('heading', { name: 'Why it fits' })).toBeVisible();
    for (const i of [1, 2]) {
      const article = articles.nth(i);
      await expect(article.getByRole('heading', { name: 'Why it fits' })).toBeHidden();
      await expect(article).toContainText(/(Strong|Good|Possible|Poor) fit \(score [+-]\d+\)/);
      // Where the card sits in the page (not in the viewport, which the click may scroll).
      const top = () => article.evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));
      const left = () => article.evaluate((el) => Math.round(el.getBoundingClientRect().left));
      const before = [await top(), await left()];
      await article.getByText('Why, and how to start').click();
      await expect(article.getByRole('heading', { name: 'Why it fits' })).toBeVisible();
      expect([await top(), await left()]).toEqual(before);
    }
  });
}

test('with "not sure" everywhere, the results say so and point to the deciding question', async ({ page }) => {
  await openApp(page, '#view=wizard&a=problem.unsure,duration.unsure,teams.unsure,reorg.unsure&step=results');
  await expect(results(page).getByRole('heading', { level: 2, name: 'Not enough to go on yet' })).toBeVisible();
  await expect(results(page).getByText(/^Your answers don't point to a model yet/)).toBeVisible();
  // No ranking of the catalogue's own order, and no "compare the top 3".
  await expect(results(page).getByRole('article')).toHaveCount(0);
  await expect(results(page).getByText(/best-fitting/)).toHaveCount(0);
  await expect(results(page).getByRole('button', { name: 'Compare the top 3' })).toHaveCount(0);
  await results(page).getByRole('button', { name: 'Answer: What problem are you trying to solve?', exact: true }).click();
  await expect(page.getByRole('group', { name: 'What problem are you trying to solve?' })).toBeVisible();
});
