// Issue 20: the check-up lives in the link; a garbled part is dropped with a notice.
import { test, expect } from '@playwright/test';
import { linkNotice, openApp, widget } from './helpers.mjs';
import { checkupIn } from './checkup-helpers.mjs';

test('the link reopens the check-up; a garbled part is dropped with a notice', async ({ page }) => {
  await openApp(page, '#view=checkup&check=liaison&signs=yxz&verdict=shown');
  await expect(linkNotice(page)).toContainText('the check-up\'s answers "yxz"');
  const c = checkupIn(widget(page));
  await expect(c.getByRole('heading', { level: 2 })).toHaveText('Liaison: Not enough to go on yet');
  await expect(c.getByText(/^You answered 0 of 5 questions/)).toBeVisible();
  await openApp(page, '#view=checkup&check=nope');
  await expect(linkNotice(page)).toContainText('no model is called "nope"');
  await expect(checkupIn(widget(page)).getByRole('heading', { level: 2 })).toHaveText('Is the model you use working?');
});
