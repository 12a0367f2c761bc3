// Issue 20: a card offers the check-up of its model; the check-up starts at that model's questions.
import { test, expect } from '@playwright/test';
import { card, detailsToggle, openApp, widget } from './helpers.mjs';
import { checkupIn } from './checkup-helpers.mjs';

test('"Check the one you use" on a card opens that model\'s questions, and the link keeps them', async ({ page }) => {
  await openApp(page);
  const embedded = card(page, 'Embedded');
  await detailsToggle(embedded).click();
  await embedded.getByRole('link', { name: 'Check the one you use: is it working?' }).click();
  const c = checkupIn(widget(page));
  const heading = c.getByRole('heading', { level: 2, name: 'Check-up: Embedded' });
  await expect(heading).toBeFocused();
  await expect(c.getByRole('group').first().getByRole('radio', { name: 'Not sure' })).toBeChecked();
  // The opened card stays in the link too (back on Browse it is still open).
  await expect(page).toHaveURL(/#view=checkup(&[a-z]+=[a-z-]+)*&check=embedded$/);
  await page.reload();
  await expect(checkupIn(widget(page)).getByRole('heading', { level: 2 })).toHaveText('Check-up: Embedded');
});
