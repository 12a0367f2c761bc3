// Issue 12, "what would change the answer": a result lists the single answer changes that would put another model
// first; making the first of them in the wizard does put that model first.
import { test, expect } from '@playwright/test';
import { openApp, question, results, topNames, widget } from './helpers.mjs';
import { resultHash } from './group-helpers.mjs';

const LINE = /^If you answered (.+) to “(.+)”, the top model would change to (.+)\.$/;

test('the first listed change, made in the wizard, puts the named model first', async ({ page }) => {
  await openApp(page, resultHash('Outage spans several teams'));
  const before = (await topNames(page))[0];
  const heading = results(page).getByRole('heading', { level: 3, name: 'What would change the answer' });
  await expect(heading).toBeVisible();
  const items = heading.locator('xpath=following-sibling::ul[1]/li');
  const first = await items.first().innerText();
  const m = first.match(LINE);
  expect(m, `a change line: ${first}`).not.toBeNull();
  const [, answers, prompt, next] = m;
  expect(next).not.toBe(before);
  const labels = [...answers.matchAll(/“([^”]+)”/g)].map((x) => x[1]);

  await results(page).getByRole('button', { name: `Change this answer: ${prompt}` }).click();
  const q = question(page, prompt);
  await expect(q).toBeVisible();
  const boxes = q.getByRole('checkbox');
  if (await boxes.count()) {
    // Tick before untick where there is room, so the problem is never left without an answer (which would drop
    // the answers to its follow-up questions).
    const box = (label) => q.getByRole('checkbox', { name: label, exact: true });
    for (const label of labels) if ((await q.getByRole('checkbox', { checked: true }).count()) < 2) await box(label).check();
    for (const b of await q.getByRole('checkbox', { checked: true }).all()) {
      if (!labels.includes((await b.evaluate((el) => el.labels[0].innerText)).trim())) await b.uncheck();
    }
    for (const label of labels) await box(label).check();
  } else {
    await q.getByRole('radio', { name: labels[0], exact: true }).check();
  }
  // On to the results; a question the change newly shows is answered "not sure" (which moves no score).
  for (let i = 0; i < 15; i++) {
    const button = widget(page).getByRole('button', { name: /^(Next|See results)$/ });
    if (!(await button.count())) break;
    const form = widget(page).locator('fieldset');
    if ((await form.locator('input:checked').count()) === 0) {
      await form.getByRole('radio', { name: "Not sure / doesn't apply" }).or(form.getByRole('checkbox', { name: "Not sure / doesn't apply" })).check();
    }
    await button.click();
  }
  await expect(results(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' })).toBeVisible();
  expect((await topNames(page))[0]).toBe(next);
});

test('every line of the section is a change sentence or says there is none', async ({ page }) => {
  await openApp(page, resultHash('Specialists: only they can do it'));
  const heading = results(page).getByRole('heading', { level: 3, name: 'What would change the answer' });
  const lines = await heading.locator('xpath=following-sibling::ul[1]/li').allInnerTexts();
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThanOrEqual(6);
  for (const line of lines) {
    expect(line).toMatch(/^(If you answered “.+” to “.+”, the top model would change to .+\.|\d+ other single changes would also put another model first\.|No single change of answer would put another model first\.)$/);
  }
});
