// Issue 20: the check-up's result prints on one page, without its buttons.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';
import { checkupIn, MOVE } from './checkup-helpers.mjs';

test('the result prints on one page without its buttons', async ({ page, browserName }, testInfo) => {
  await openApp(page, MOVE);
  const c = checkupIn(widget(page));
  await expect(c.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(c.getByRole('button', { name: 'Print', includeHidden: true })).toBeHidden();
  await expect(c.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(c.getByRole('heading', { level: 3, name: 'Where to move' })).toBeVisible();
  test.skip(browserName !== 'chromium', 'page.pdf() needs Chromium');
  const path = testInfo.outputPath('checkup.pdf');
  await page.pdf({ path, format: 'A4', printBackground: false });
  const pdf = readFileSync(path).toString('latin1');
  expect((pdf.match(/\/Type\s*\/Page(?!s)/g) || []).length, `pages in ${path}`).toBe(1);
});
