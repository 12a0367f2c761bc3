// Issue "compare/map/print": a wizard result prints on one page without controls, and the catalogue prints without its filters.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { TOTAL, rankHeading, answersParam, cards, completeAnswers, openApp, results, scenarios, searchBox, topNames, widget, DIST_ORIGIN } from './helpers.mjs';

// A one-symptom result, and a long one: two symptoms, every follow-up question shown.
for (const name of ['Security needs many teams to fix issues', 'Urgent and blocked at once']) {
const scenario = scenarios().find((s) => s.name === name);
const resultsHash = `#view=wizard&a=${answersParam(completeAnswers(scenario.answers))}&step=results`;

test(`print media hides controls and the full ranking, keeps the top 3, the answers and the link; the PDF is 1 page ("${name}")`, async ({ page, browserName }, testInfo) => {
  await openApp(page, resultsHash);
  const top = await topNames(page);
  expect(top).toHaveLength(3);
  const buttons = ['Copy as Markdown', 'Print', 'Compare the top 3', 'Back', 'Browse all cards by fit', 'Restart'];
  for (const name of buttons) await expect(results(page).getByRole('button', { name, exact: true })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const name of buttons) {
    const button = results(page).getByRole('button', { name, exact: true, includeHidden: true });
    await expect(button).toHaveCount(1);
    await expect(button, `button "${name}" in print`).toBeHidden();
  }
  await expect(results(page).getByRole('button', { name: /^Change this answer/, includeHidden: true }).first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views', includeHidden: true })).toBeHidden();
  await expect(results(page).getByText(/^Why the other \d+ models ranked lower$/)).toBeHidden();
  await expect(widget(page).getByText(/^The models and their categories are Jade Rubick/)).toBeHidden();

  const articles = results(page).getByRole('article');
  await expect(articles).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(articles.nth(i)).toBeVisible();
    await expect(articles.nth(i).getByRole('heading', { level: 3 })).toHaveText(rankHeading(i, top[i]));
  }
  await expect(results(page).getByRole('heading', { name: 'Your answers' })).toBeVisible();
  // Whose reasons these are stays in print: the note on the weights, and the list behind the marks.
  await expect(results(page).getByText(/^Ranked by our own weights/)).toBeVisible();
  await expect(results(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(results(page).getByRole('listitem').filter({ hasText: /^1 Jade Rubick/ })).toBeVisible();
  await expect(results(page).getByText(/^Link to this result:/)).toBeVisible();
  await expect(results(page).getByRole('link', { name: new RegExp(`^${DIST_ORIGIN.replace(/[.]/g, '\\.')}/#view=wizard&a=`) })).toBeVisible();

  // A PDF (Chromium headless only): one page.
  test.skip(browserName !== 'chromium', 'page.pdf() needs Chromium');
  const path = testInfo.outputPath('result.pdf');
  await page.pdf({ path, format: 'A4', printBackground: false });
  await testInfo.attach('result.pdf', { path, contentType: 'application/pdf' });
  const pdf = readFileSync(path).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) || []).length;
  expect(pages, `pages in ${path}`).toBe(1);
});
}

test('print media on the catalogue hides the search and filters and shows all 27 cards', async ({ page }) => {
  await openApp(page);
  await expect(searchBox(page)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(widget(page).getByRole('searchbox', { name: /Search/, includeHidden: true })).toBeHidden();
  const boxes = widget(page).getByRole('checkbox', { includeHidden: true });
  expect(await boxes.count()).toBeGreaterThan(0);
  for (const box of await boxes.all()) await expect(box).toBeHidden();
  await expect(widget(page).getByRole('status', { includeHidden: true }).filter({ hasText: /^Showing / })).toBeHidden();
  await expect(cards(page)).toHaveCount(TOTAL);
  for (const c of await cards(page).all()) {
    await expect(c).toBeVisible();
    // The summary's source mark is explained on the printed card itself.
    await expect(c.getByText(/^1 Jade Rubick, “/)).toBeVisible();
  }
  await expect(cards(page).getByRole('button', { includeHidden: true }).first()).toBeHidden();
});
