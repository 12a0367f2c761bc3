// Issue "catalogue": a facet checkbox narrows the cards, shows a chip, and "Clear all" undoes it.
import { test, expect } from '@playwright/test';
import { TOTAL, cards, expectShowing, facet, openApp, widget } from './helpers.mjs';

test('ticking Category "Role-based" shows 4 cards and a chip; Clear all restores 27', async ({ page }) => {
  await openApp(page);
  await expectShowing(page, TOTAL);

  const roleBased = facet(page, 'Category', 'Role-based');
  await roleBased.check();
  await expect(roleBased).toBeChecked();
  await expectShowing(page, 4);
  await expect(cards(page).getByText('Role-based', { exact: true })).toHaveCount(4);
  await expect(page).toHaveURL(/#cat=role-based$/);

  const chip = widget(page).getByRole('button', { name: 'Remove filter: Category: Role-based' });
  await expect(chip).toBeVisible();

  await widget(page).getByRole('button', { name: 'Clear all' }).click();
  await expectShowing(page, TOTAL);
  await expect(roleBased).not.toBeChecked();
  await expect(chip).toHaveCount(0);
  await expect(widget(page).getByRole('button', { name: 'Clear all' })).toHaveCount(0);
});
