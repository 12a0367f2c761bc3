// Helpers for the specs of issue 12 (deciding together): three colleagues' result links, and locators for the
// comparison and the decision record.
import { expect } from '@playwright/test';
import { answersParam, completeAnswers, results, scenarios, widget } from './helpers.mjs';

/** Three situations from data/scenarios.toml that share the problem but differ on other questions. */
export const SITUATIONS = [
  'Blocked by several teams, could work in their code, ongoing',
  'Infrastructure requests pile up',
  'A prioritised initiative across many teams',
];

/** The hash of a wizard result for a scenario of data/scenarios.toml. */
export function resultHash(name) {
  const s = scenarios().find((x) => x.name === name);
  if (!s) throw new Error(`no scenario ${name}`);
  return `#view=wizard&a=${answersParam(completeAnswers(s.answers))}&step=results`;
}

/** A result link as a colleague would paste it (another address before the hash, as from another host). */
export function resultLink(name) {
  return `https://example.org/tools/coordination-models/${resultHash(name)}`;
}

/** The comparison of people's answers. */
export function comparison(page) {
  return widget(page).getByRole('region', { name: 'Compare answers' });
}

/** The decision record. */
export function record(page) {
  return widget(page).getByRole('region', { name: 'Decision record' });
}

/** The notice about links that could not be used. */
export function notice(page) {
  return widget(page).getByRole('status').filter({ hasText: /could not be used|could be used/ });
}

/** From an open result: "Compare with colleagues", then paste the other people's result links. */
export async function compareWith(page, others) {
  await results(page).getByRole('button', { name: 'Compare with colleagues' }).click();
  const c = comparison(page);
  await expect(c.getByRole('heading', { level: 2 })).toBeFocused();
  if (others.length) {
    await c.getByRole('textbox', { name: /^Paste colleagues/ }).fill(others.join('\n'));
    await c.getByRole('button', { name: 'Add their answers' }).click();
  }
  await expect(c.getByRole('textbox', { name: /^Name of person/ })).toHaveCount(1 + others.length);
  return c;
}

/** The question prompts (terms) of the side-by-side answers, in order, with whether each is marked "differ". */
export async function sideBySide(region) {
  const terms = await region.getByRole('term').allInnerTexts();
  return terms.map((t) => ({ prompt: t.replace(/\s*≠ differ$/, ''), differs: /≠ differ$/.test(t) }));
}

/** The two phone and laptop widths every group spec runs at. */
export const WIDTHS = [375, 1280];

/** Sets a width (and a height that fits it). */
export async function atWidth(page, width) {
  await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
}

/** The lines of the combined ranking. */
export function combinedLines(region) {
  return region.locator('ol.cm-combined > li');
}

/** From the current question to the results, picking each question's first answer. */
export async function answerFirstOptions(page) {
  const form = widget(page).locator('fieldset');
  for (let i = 0; i < 15 && !(await results(page).count()); i++) {
    const legend = await form.locator('legend').innerText();
    await form.locator('input').first().check();
    await widget(page).getByRole('button', { name: /^(Next|See results)$/ }).click();
    await expect(results(page).or(form.locator('legend').filter({ hasNotText: legend }))).toBeVisible();
  }
  await expect(results(page).getByRole('heading', { level: 2 })).toBeVisible();
}

/** The banner over the wizard while someone answers in turn. */
export function turnBanner(page) {
  return widget(page).getByRole('region', { name: 'Answering in turn' });
}
