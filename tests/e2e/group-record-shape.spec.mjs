// Issue 22, "the decision record takes the usual decision-record shape": title, status (editable, in the link),
// date, deciders (unnamed people left out), context (a summary, the answers in full behind a disclosure), decision,
// options considered (#2 and #3 and why not), consequences, and when to revisit as real-world signals. The Markdown
// copy and the printed record follow the same shape.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
import { SITUATIONS, WIDTHS, atWidth, compareWith, record, resultHash, resultLink } from './group-helpers.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const width of WIDTHS) {
  test(`${width}px: the record reads as a decision record, on screen, in Markdown and in print`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(SITUATIONS[0]));
    const c = await compareWith(page, [resultLink(SITUATIONS[1]), resultLink(SITUATIONS[2])]);
    await c.getByRole('textbox', { name: 'Name of person 1' }).fill('Ann');
    await c.getByRole('textbox', { name: 'Name of person 2' }).fill('Bob');
    await c.getByRole('button', { name: 'Record this decision' }).click();
    const r = record(page);
    const heading = r.getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    const chosen = (await heading.innerText()).replace(/^Decision record: /, '');

    // Status, date, review date and deciders head the record; a new record is proposed, dated today.
    const status = r.getByRole('combobox', { name: 'Status' });
    await expect(status).toHaveValue('proposed');
    const today = new Date().toISOString().slice(0, 10);
    await expect(r.getByLabel('Date', { exact: true })).toHaveValue(today);
    await expect(r.getByLabel('Review date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(r.getByRole('group', { name: 'Deciders' }).getByRole('textbox')).toHaveCount(3);
    await status.selectOption({ label: 'Accepted' });
    await expect(page).toHaveURL(/[#&]status=accepted(&|$)/);

    // The sections, in the order of a decision record.
    expect(await r.getByRole('heading', { level: 3 }).allInnerTexts())
      .toEqual(['Context', 'Decision', 'Options considered', 'Consequences', 'When to revisit', 'Sources']);

    // Context: a short summary; the answers in full behind a disclosure; the unnamed third person is not "Person 3".
    await expect(r.getByText(/^The problem, as all of you named it: “.+”\. (Of the other \d+ questions, you answered \d+ differently|You gave the same answers)/)).toBeVisible();
    const differ = r.getByRole('term').filter({ hasText: '≠ differ' }).first();
    await expect(differ).toBeHidden();
    await r.getByText('The answers in full', { exact: true }).click();
    await expect(differ).toBeVisible();
    await expect(r.getByRole('definition').filter({ hasText: /: Ann and one other$|: Bob and one other$|: one of you$/ }).first()).toBeVisible();
    expect(await r.innerText()).not.toContain('Person 3');

    // Options considered: two other models, each with its place and why not.
    const options = r.getByRole('heading', { name: 'Options considered' }).locator('xpath=following-sibling::ul[1]/li');
    await expect(options).toHaveCount(2);
    for (const text of await options.allInnerTexts()) {
      expect(text).toMatch(/^.+ \(#\d+(, tied)?\): (Against it: .+ \(from the answer “.+”\)|No answer counts against it.+)$/);
      expect(text.startsWith(`${chosen} (`)).toBe(false);
    }

    // When to revisit: signals in the world, never "if you answered"; the problem changing comes last.
    const revisit = await r.getByRole('heading', { name: 'When to revisit' }).locator('xpath=following-sibling::ul[1]/li').allInnerTexts();
    expect(revisit.at(-1)).toBe('The problem itself changes or goes away: answer the questions again.');
    for (const line of revisit.slice(0, -1)) {
      expect(line).not.toMatch(/answered “|^If /);
      expect(line).toMatch(/: .+ would then come first\.$|^No change in the situation/);
    }

    // The one link reopens it, status included.
    const again = await page.context().newPage();
    await openApp(again, new URL(page.url()).hash);
    await expect(record(again).getByRole('combobox', { name: 'Status' })).toHaveValue('accepted');
    await again.close();

    // Markdown: the same sections in the same order, the deciders named, nobody called "Person 3".
    await r.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(r.getByRole('status').filter({ hasText: 'Copied the decision record as Markdown.' })).toBeVisible();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    let at = 0;
    for (const part of [`# Decision record: ${chosen}`, '**Status:** Accepted', `**Date:** ${today}`, '**Deciders:** Ann and Bob',
      '**Review date:** ', '## Context', 'The answers in full:', '## Decision', '## Options considered', '## Consequences',
      '## When to revisit', 'The problem itself changes or goes away']) {
      const found = md.indexOf(part, at);
      expect(found, `${part} after ${at}`).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(md).not.toContain('Person 3');

    // Printed: the header as text, the name fields gone.
    await page.emulateMedia({ media: 'print' });
    await expect(r.getByText(new RegExp(`^Status: Accepted · Date: ${today} · Deciders: Ann and Bob · Review date: \\d{4}-\\d{2}-\\d{2}$`))).toBeVisible();
    await expect(r.getByRole('group', { name: 'Deciders', includeHidden: true })).toBeHidden();
    await expect(r.getByRole('heading', { name: 'Options considered' })).toBeVisible();
  });
}

test('a record of one unnamed person has no deciders line and calls nobody "Person 1"', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[1]));
  await page.locator('[data-coordination-models]').getByRole('button', { name: 'Record this decision' }).first().click();
  const r = record(page);
  await expect(r.getByText(/^The problem: “.+”\. \d+ more answers describe the situation/)).toBeVisible();
  await r.getByRole('button', { name: 'Copy as Markdown' }).click();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain('**Status:** Proposed');
  expect(md).not.toContain('Deciders');
  expect(md).not.toContain('Person 1');
  await page.emulateMedia({ media: 'print' });
  await expect(r.getByText(/^Status: Proposed · Date: \d{4}-\d{2}-\d{2} · Review date: /)).toBeVisible();
});
