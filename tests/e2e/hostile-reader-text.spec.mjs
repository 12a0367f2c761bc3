// Issue 22: reader text (a search, people's names, the record's notes) is only ever text. Markup written as a name
// or a note shows literally, on screen, in the comparison, the record, the Markdown copy and a reopened link, and
// nothing in it runs or becomes an element.
import { test, expect } from '@playwright/test';
import { openApp, searchBox, widget } from './helpers.mjs';
import { SITUATIONS, compareWith, record, resultHash, resultLink } from './group-helpers.mjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const NAME = '<img src=x onerror="__pwned=1">Ann';
const NOTE = '</textarea><script>window.__pwned=2</script><b>bold</b> & "quoted"';
const QUERY = '<svg onload="window.__pwned=3">';

/** Elements the hostile strings would have made, anywhere in the widget's shadow root. */
const injected = (page) =>
  widget(page).evaluate((host) => {
    const root = host.shadowRoot;
    const made = [...root.querySelectorAll('img[src="x"], svg[onload]')];
    made.push(...[...root.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')));
    made.push(...[...root.querySelectorAll('b')].filter((b) => b.textContent === 'bold'));
    return made.length;
  });

test('a hostile search stays text in the box and the chip', async ({ page }) => {
  await openApp(page);
  await searchBox(page).fill(QUERY);
  await expect(widget(page).getByRole('button', { name: `Remove search: ${QUERY}` })).toBeVisible();
  expect(await injected(page)).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('hostile names and notes stay text in the comparison, the record, the Markdown and a reopened link', async ({ page }) => {
  await openApp(page, resultHash(SITUATIONS[0]));
  const c = await compareWith(page, [resultLink(SITUATIONS[1])]);
  await c.getByRole('textbox', { name: 'Name of person 1' }).fill(NAME);
  await expect(c.getByText(NAME, { exact: false }).first()).toBeVisible();
  await c.getByRole('button', { name: 'Record this decision' }).click();
  const r = record(page);
  await r.getByRole('textbox', { name: 'Why we chose it' }).fill(NOTE);
  await expect(r.getByRole('textbox', { name: 'Why we chose it' })).toHaveValue(NOTE);
  expect(await injected(page)).toBe(0);

  await r.getByRole('button', { name: 'Copy as Markdown' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  // The copy shows both as typed, escaped so that a Markdown page they are pasted into shows them as text too.
  expect(markdown).toContain('\\<img src=x onerror="\\_\\_pwned=1"\\>Ann');
  expect(markdown).toContain('\\</textarea\\>\\<script\\>window.\\_\\_pwned=2');
  expect(markdown).not.toMatch(/(^|[^\\])<(img|script|b>)/m);

  // The link carries both; reopened, they are still text.
  await page.reload();
  const again = record(page);
  await expect(again.getByRole('textbox', { name: 'Why we chose it' })).toHaveValue(NOTE);
  await expect(again.getByRole('group', { name: 'Deciders' }).getByRole('textbox').first()).toHaveValue(NAME);
  expect(await injected(page)).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
