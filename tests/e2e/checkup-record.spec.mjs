// Issue 20: a check-up's result starts a decision record whose context is the check-up; it lives in the link.
import { test, expect } from '@playwright/test';
import { DIST_ORIGIN, openApp, widget } from './helpers.mjs';
import { checkupIn, MOVE } from './checkup-helpers.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Start a decision record: the check-up as its context, the move chosen, kept in the link and in the Markdown', async ({ page }) => {
  await openApp(page, MOVE);
  await checkupIn(widget(page)).getByRole('button', { name: 'Start a decision record' }).click();

  const record = widget(page).getByRole('region', { name: 'Decision record' });
  // "Consider moving": the record proposes the first move, and its heading (focused) names it.
  await expect(record.getByRole('heading', { level: 2, name: 'Decision record: Self-service' })).toBeFocused();
  await expect(record.getByText('A check-up of Service provider, the model the teams use: Consider moving.')).toBeVisible();
  await expect(record.getByRole('heading', { name: 'Where to move' })).toBeVisible();
  const choice = record.getByRole('combobox', { name: 'What we chose' });
  // Its choices: keep the model in use, or move to one of the models the result lists under "Where to move".
  const moves = await record.getByRole('heading', { name: 'Where to move' }).locator('xpath=following-sibling::ul[1]')
    .getByRole('link').allTextContents();
  expect(moves.length).toBeGreaterThan(0);
  await expect(choice.getByRole('option')).toHaveText(['Keep Service provider', ...moves.map((m) => `Move to ${m}`)]);
  await expect(choice).toHaveValue(await choice.getByRole('option', { name: `Move to ${moves[0]}` }).getAttribute('value'));

  // The reader keeps the model instead and says why: the heading, the decision and the link follow.
  await choice.selectOption({ label: 'Keep Service provider' });
  await expect(record.getByRole('heading', { level: 2, name: 'Decision record: Service provider' })).toBeVisible();
  await record.getByRole('textbox', { name: 'Why we chose it' }).fill('Tuning first: the queue is new');
  await expect(page).toHaveURL(/verdict=record/);
  await expect(page).toHaveURL(/why=Tuning/);

  // The link reopens the same record, on a fresh page.
  const url = page.url();
  const again = await page.context().newPage();
  await again.goto(url);
  const reopened = widget(again).getByRole('region', { name: 'Decision record' });
  await expect(reopened.getByRole('heading', { level: 2, name: 'Decision record: Service provider' })).toBeVisible();
  await expect(reopened.getByRole('textbox', { name: 'Why we chose it' })).toHaveValue('Tuning first: the queue is new');

  // Markdown: the record's parts in order, the check-up as its context, the link back.
  await record.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(record.getByRole('status').filter({ hasText: 'Copied the decision record as Markdown.' })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^# Decision record: Service provider\n/);
  const at = (s) => text.indexOf(s);
  for (const part of ['## Context', '### Consider moving', '### Our answers', '## Decision', 'We chose to keep **Service provider**', '**Why we chose it:** Tuning first', '## Consequences', '## When to revisit']) {
    expect(at(part), part).toBeGreaterThan(-1);
  }
  expect(at('## Context')).toBeLessThan(at('## Decision'));
  expect(text).toContain(`Reopen this record: ${DIST_ORIGIN}/#`);

  // Back to the check-up's result.
  await record.getByRole('button', { name: 'Back to the check-up' }).click();
  await expect(checkupIn(widget(page)).getByRole('heading', { level: 2, name: 'Service provider: Consider moving' })).toBeVisible();
});
