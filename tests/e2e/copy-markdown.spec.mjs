// Issue "compare/map/print": "Copy as Markdown" puts the result on the clipboard, or shows it to copy by hand.
import { test, expect } from '@playwright/test';
import { answersParam, completeAnswers, openApp, results, scenarios, topNames, DIST_ORIGIN } from './helpers.mjs';

const scenario = scenarios().find((s) => s.name === 'Security needs many teams to fix issues');
const resultsHash = `#view=wizard&a=${answersParam(completeAnswers(scenario.answers))}&step=results`;

test.describe('with clipboard permission', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the clipboard gets Markdown with the top 3 and a link back', async ({ page }) => {
    await openApp(page, resultsHash);
    const top = await topNames(page);
    expect(top).toHaveLength(3);
    await results(page).getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(results(page).getByRole('status').filter({ hasText: 'Copied the result as Markdown.' })).toBeVisible();

    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^# Coordination models that fit our situation/);
    // It leads with the answer, then the top 3 with their fit in words and the score beside it.
    expect(text).toContain(`## The answer\n\nBest fit: ${top[0]}, a `);
    for (const [i, name] of top.entries()) expect(text).toMatch(new RegExp(`### (${i + 1}|=\\d+)\\. ${name} \\((strong|good|possible|poor) fit, score [+-]\\d+\\)`));
    expect(text).toContain('Reopen this result: http');
    const link = text.match(/Reopen this result: (\S+)/)[1];
    expect(link).toBe(page.url());
    // Whose each line is survives the copy: every reason ends with its source, and the ranking says it is ours.
    const reasons = text.split('\n').filter((l) => /^- [+-]\d /.test(l));
    expect(reasons.length).toBeGreaterThan(3);
    for (const r of reasons) expect(r, r).toMatch(/ _\((Rubick|our reading|[A-Z][^)]*)\)_$/);
    expect(text).toContain('Ranked by our own weights');
    expect(text).toMatch(/\*\*How to start:\*\* .+ _\(/);
    await expect(results(page).getByRole('textbox')).toHaveCount(0);
  });
});

test('when the clipboard refuses, the Markdown appears in a text box to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await openApp(page, resultsHash);
  const top = await topNames(page);
  await results(page).getByRole('button', { name: 'Copy as Markdown' }).click();
  const fallback = results(page).getByRole('textbox', { name: /did not allow copying/ });
  await expect(fallback).toBeVisible();
  for (const name of top) await expect(fallback).toHaveValue(new RegExp(`\\d\\. ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\((strong|good|possible|poor) fit, score `));
  await expect(fallback).toHaveValue(new RegExp(`Reopen this result: ${DIST_ORIGIN.replace(/[.]/g, '\\.')}/#view=wizard`));
  await expect(results(page).getByText('Copied the result as Markdown.')).toHaveCount(0);
});
