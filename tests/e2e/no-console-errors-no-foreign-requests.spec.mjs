// Issue "catalogue": a full session logs no errors and never contacts another origin.
import { test, expect } from '@playwright/test';
import { card, expectShowing, facet, openApp, recordProblems, requestsDone, results, searchBox, topNames, widget, detailsToggle, answerWizard } from './helpers.mjs';

test('searching, filtering, opening a card and running the wizard: no console errors, only same-origin requests', async ({ page, baseURL }) => {
  const problems = recordProblems(page);
  const origin = new URL(baseURL).origin;

  await openApp(page);
  await expectShowing(page, 27);

  await searchBox(page).fill('team');
  await expect(widget(page).getByRole('button', { name: 'Remove search: team' })).toBeVisible();
  await facet(page, 'Duration', 'Temporary').check();
  await expect(widget(page).getByRole('button', { name: 'Remove filter: Duration: Temporary' })).toBeVisible();
  await widget(page).getByRole('button', { name: 'Clear all' }).click();
  await expectShowing(page, 27);

  await detailsToggle(card(page, 'Task force')).click();
  await expect(card(page, 'Task force').getByRole('heading', { name: 'When to use it' })).toBeVisible();

  await page.getByRole('button', { name: 'Help me choose' }).click();
  await answerWizard(widget(page));
  await expect(results(page).getByRole('heading', { name: 'Your best-fitting models' })).toBeVisible();
  expect(await topNames(page)).toHaveLength(3);

  await requestsDone(problems);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
  expect(problems.failed, 'failed requests').toEqual([]);
  expect(problems.requests.length).toBeGreaterThan(0);
  const foreign = problems.requests.filter((u) => !u.startsWith(origin + '/'));
  expect(foreign, 'requests to other origins').toEqual([]);
});
