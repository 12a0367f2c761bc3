// Issue 12, "answers side by side": two people with different answers, the comparison marking where they differ
// (listed first), each person's top 3, a combined ranking with its method, names, and one link that reopens it all.
import { test, expect } from '@playwright/test';
import { openApp, results, topNames, widget } from './helpers.mjs';
import { SITUATIONS, comparison, compareWith, notice, resultHash, resultLink, sideBySide } from './group-helpers.mjs';

test('two people: where they differ is marked and listed first, with top 3s, a combined ranking and names', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[1]));
  const bobTop = await topNames(page);
  await openApp(page, resultHash(SITUATIONS[0]));
  const annTop = await topNames(page);
  const c = await compareWith(page, [resultLink(SITUATIONS[1])]);

  await c.getByRole('textbox', { name: 'Name of person 1' }).fill('Ann');
  await c.getByRole('textbox', { name: 'Name of person 2' }).fill('Bob');

  // Each person's top 3, the same as their own results.
  const people = c.getByRole('list').first().getByRole('listitem').filter({ has: page.getByRole('textbox') });
  await expect(people).toHaveCount(2);
  for (const [i, top] of [annTop, bobTop].entries()) {
    await expect(people.nth(i).getByRole('list').getByRole('listitem')).toHaveText(top);
  }

  // The combined ranking says how it is made.
  await expect(c.getByRole('heading', { name: 'Combined ranking' })).toBeVisible();
  await expect(c.getByText(/^Every person’s list counts equally \(a Borda count\): /)).toBeVisible();
  await expect(c.locator('ol.cm-combined > li').first()).toHaveText(/^=?1 .+ Ann #\d+ · Bob #\d+$/);

  // Per question, who answered what; the questions where they differ first, each marked "differ".
  const rows = await sideBySide(c);
  const differing = rows.filter((r) => r.differs).length;
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(rows.length);
  expect(rows.map((r) => r.differs)).toEqual(rows.map((_, i) => i < differing));
  await expect(c.getByText(`You differ on ${differing} of ${rows.length} questions`)).toBeVisible();
  await expect(c.getByRole('definition').first()).toContainText(/: (Ann|Bob)$/);
  await expect(c.getByRole('definition').first().getByRole('listitem')).toHaveCount(2);

  // Which disagreement decides the combined top.
  await expect(c.getByRole('heading', { name: 'Which disagreement decides the combined top' })).toBeVisible();
  await expect(c.getByText(/^(If everyone answered “.+” to “.+” \(as (Ann|Bob)\), the combined top model would change to .+\.|None of your disagreements decides it: .+)$/).first()).toBeVisible();

  // The one link reopens the comparison, names included, in a fresh page.
  const link = await c.getByRole('link', { name: /#.*view=group/ }).getAttribute('href');
  expect(link).toBe(page.url());
  const again = await page.context().newPage();
  await openApp(again, new URL(link).hash);
  const c2 = comparison(again);
  await expect(c2.getByRole('textbox', { name: 'Name of person 1' })).toHaveValue('Ann');
  await expect(c2.getByRole('textbox', { name: 'Name of person 2' })).toHaveValue('Bob');
  expect(await sideBySide(c2)).toEqual(rows);
  await expect(notice(again)).toHaveCount(0);
});

test('a garbled person in a comparison link is dropped with a notice, the others open', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[0]));
  await compareWith(page, [resultLink(SITUATIONS[1])]);
  const hash = new URL(page.url()).hash;
  const garbled = hash.replace(/(&p=[^&]+)/, '$1,zzzz%ZZ~Eve') + '&bogus=1';
  expect(garbled).not.toBe(hash);
  await openApp(page, garbled);
  await expect(comparison(page).getByRole('textbox', { name: /^Name of person/ })).toHaveCount(2);
  await expect(widget(page).getByRole('status').filter({ hasText: 'could not be used' })).toContainText('the answers of person 3 are not readable');
  await expect(widget(page).getByRole('status').filter({ hasText: 'could not be used' })).toContainText('unknown setting "bogus"');
});

test('a comparison link longer than a link here may be fails with a clear message', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[0]));
  await compareWith(page, []);
  const long = `${new URL(page.url()).hash}&why=${'x'.repeat(2100)}`;
  await openApp(page, long);
  await expect(widget(page).getByRole('status').filter({ hasText: 'could not be used' }))
    .toContainText(/the link has \d+ characters, more than the 2048 a link here may have/);
});

test('pasting text that holds no result link says so and adds nobody', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[0]));
  const c = await compareWith(page, []);
  await c.getByRole('textbox', { name: /^Paste colleagues/ }).fill('see you tomorrow');
  await c.getByRole('button', { name: 'Add their answers' }).click();
  await expect(notice(page)).toContainText('it holds no complete wizard answers');
  await expect(c.getByRole('textbox', { name: /^Name of person/ })).toHaveCount(1);
  await expect(results(page)).toHaveCount(0);
});
