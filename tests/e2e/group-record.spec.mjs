// Issue 12, "a decision record": from a comparison of three, "Record this decision" makes a record that is edited in
// place, lives in the link, prints on one page and copies as Markdown.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';
import { SITUATIONS, compareWith, record, resultHash, resultLink } from './group-helpers.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('three people end in one link at a decision record that prints on one page and copies as Markdown', async ({ page, browserName }, testInfo) => {
  await openApp(page, resultHash(SITUATIONS[0]));
  const c = await compareWith(page, [resultLink(SITUATIONS[1]), resultLink(SITUATIONS[2])]);
  for (const [i, name] of ['Ann', 'Bob', 'Cy'].entries()) await c.getByRole('textbox', { name: `Name of person ${i + 1}` }).fill(name);
  await c.getByRole('button', { name: 'Record this decision' }).click();

  const r = record(page);
  const heading = r.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  const top = (await heading.innerText()).replace(/^Decision record: /, '');
  await expect(r.getByText(`We chose ${top}, the combined ranking’s top model.`)).toBeVisible();
  await expect(r.getByText(/^The problem, as all of you named it: /)).toBeVisible();
  await r.getByText('The answers in full', { exact: true }).click();
  await expect(r.getByRole('term').filter({ hasText: '≠ differ' }).first()).toBeVisible();

  // Edited in place: another model than the top one, why, what else would make us revisit, a review date.
  await r.getByRole('combobox', { name: 'Chosen model' }).selectOption({ label: 'Task force' });
  await expect(heading).toHaveText('Decision record: Task force');
  await expect(r.getByText(`We chose Task force, although the combined ranking put ${top} first.`)).toBeVisible();
  await r.getByRole('textbox', { name: 'Why we chose it' }).fill('We need it within weeks, and it ends by itself.');
  await r.getByRole('textbox', { name: 'Also revisit if' }).fill('The incident is over.');
  await r.getByLabel('Review date').fill('2027-03-01');
  // The chosen model's watch-outs and first steps, each statement with its source mark, and the marks explained.
  await expect(r.getByText('Watch out:', { exact: true })).toBeVisible();
  await expect(r.getByText('How to start:', { exact: true })).toBeVisible();
  expect(await r.locator('.cm-watch sup, .cm-start sup').count()).toBeGreaterThan(1);
  await expect(r.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(r.getByRole('heading', { name: 'When to revisit' })).toBeVisible();
  await expect(r.getByRole('group', { name: 'Deciders' }).getByRole('textbox', { name: 'Name of person 3' })).toHaveValue('Cy');

  // One link holds it all.
  const link = page.url();
  const again = await page.context().newPage();
  await openApp(again, new URL(link).hash);
  const r2 = record(again);
  await expect(r2.getByRole('heading', { level: 2 })).toHaveText('Decision record: Task force');
  await expect(r2.getByRole('textbox', { name: 'Why we chose it' })).toHaveValue('We need it within weeks, and it ends by itself.');
  await expect(r2.getByLabel('Review date')).toHaveValue('2027-03-01');
  await expect(r2.getByRole('textbox', { name: 'Name of person 3' })).toHaveValue('Cy');
  await again.close();

  // Copied as Markdown, in the shape of an architecture decision record.
  await r.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(r.getByRole('status').filter({ hasText: 'Copied the decision record as Markdown.' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  for (const part of ['# Decision record: Task force', '**Deciders:** Ann, Bob and Cy', '**Review date:** 2027-03-01', '## Context',
    '## Decision', '**Why we chose it:** We need it within weeks, and it ends by itself.', '## Consequences', '**Watch out:**',
    '**How to start:**', '## When to revisit', '- The incident is over.', `Reopen this record: ${link}`]) {
    expect(text, part).toContain(part);
  }

  // Printed: the fields become text, the controls go, and it fits one page.
  await page.emulateMedia({ media: 'print' });
  await expect(r.getByRole('textbox', { name: 'Why we chose it', includeHidden: true })).toBeHidden();
  await expect(r.getByRole('combobox', { name: 'Chosen model', includeHidden: true })).toBeHidden();
  await expect(r.getByText('Why we chose it: We need it within weeks, and it ends by itself.')).toBeVisible();
  await expect(r.getByText(/ · Deciders: Ann, Bob and Cy · Review date: 2027-03-01$/)).toBeVisible();
  await expect(r.getByRole('button', { name: 'Print', includeHidden: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views', includeHidden: true })).toBeHidden();
  test.skip(browserName !== 'chromium', 'page.pdf() needs Chromium');
  const path = testInfo.outputPath('record.pdf');
  await page.pdf({ path, format: 'A4', printBackground: false });
  await testInfo.attach('record.pdf', { path, contentType: 'application/pdf' });
  const pages = (readFileSync(path).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  expect(pages, `pages in ${path}`).toBe(1);
});

test('a record from a single result uses that result, and says so when nothing is answered yet', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[1]));
  await widget(page).getByRole('button', { name: 'Record this decision' }).click();
  const r = record(page);
  await expect(r.getByText(/^The problem: “.+”\./)).toBeVisible();
  await expect(r.getByText(/^We chose .+, the wizard’s top model\.$/)).toBeVisible();
  await expect(r.getByText('Person 1', { exact: true })).toHaveCount(0);
  await expect(r.getByLabel('Review date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);

  await openApp(page, '#view=record');
  await expect(record(page).getByText(/answer the wizard first/)).toBeVisible();
});
