// Issue "compare/map/print": three models picked on their cards are compared side by side; columns can be removed and swapped.
import { test, expect } from '@playwright/test';
import { card, openApp, widget } from './helpers.mjs';

/** The comparison table's row whose header starts with `label`. */
function row(table, label) {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
}

test('Compare on Liaison, Embedded and Rotation: 3 columns, differing rows marked; Remove and Swap update table and URL', async ({ page }) => {
  await openApp(page);
  for (const name of ['Liaison', 'Embedded', 'Rotation']) {
    const toggle = card(page, name).getByRole('button', { name: new RegExp(`^(Compare|In comparison): ${name}$`) });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
  const compareTab = page.getByRole('button', { name: 'Compare (3)' });
  await expect(compareTab).toBeVisible();
  await compareTab.click();
  await expect(compareTab).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/#view=compare&cmp=liaison,embedded,rotation$/);

  const table = widget(page).getByRole('table');
  await expect(table).toBeVisible();
  const columns = table.getByRole('columnheader');
  await expect(columns).toHaveCount(3);
  for (const [i, name] of ['Liaison', 'Embedded', 'Rotation'].entries()) {
    await expect(columns.nth(i)).toHaveText(new RegExp(`^${name}Swap ${name} for`));
    await expect(columns.nth(i).getByRole('button', { name: `Remove ${name}` })).toBeVisible();
  }
  await expect(table.getByRole('rowheader')).toHaveCount(11);

  // A row that differs is marked with ≠ and "(differs)" for screen readers; an equal row (all three are Team) is not.
  const whenToUse = row(table, 'When to use');
  await expect(whenToUse.getByRole('rowheader')).toHaveText('When to use ≠ (differs)');
  await expect(whenToUse).toHaveClass(/\bcm-differs\b/);
  const category = row(table, 'Category');
  await expect(category.getByRole('rowheader')).toHaveText('Category');
  await expect(category).not.toHaveClass(/\bcm-differs\b/);
  await expect(category.getByRole('cell')).toHaveText(['Team', 'Team', 'Team']);

  // Remove one model: two columns remain, and the URL follows.
  await table.getByRole('button', { name: 'Remove Embedded' }).click();
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toHaveText(/^Liaison/);
  await expect(columns.nth(1)).toHaveText(/^Rotation/);
  await expect(page.getByRole('button', { name: 'Compare (2)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/#view=compare&cmp=liaison,rotation$/);

  // Swap Rotation for Task force with the column's select.
  const swap = table.getByRole('combobox', { name: 'Swap Rotation for' });
  await expect(swap).toHaveValue(await swap.locator('option', { hasText: /^Rotation$/ }).getAttribute('value'));
  await expect(swap.getByRole('option', { name: 'Liaison', exact: true })).toHaveCount(0);
  await swap.selectOption({ label: 'Task force' });
  // (A column header also holds its select's options, so it is checked by how it starts and by its controls.)
  await expect(columns.nth(1)).toHaveText(/^Task force/);
  await expect(table.getByRole('combobox', { name: 'Swap Rotation for' })).toHaveCount(0);
  await expect(table.getByRole('button', { name: 'Remove Rotation' })).toHaveCount(0);
  await expect(columns).toHaveCount(2);
  await expect(table.getByRole('combobox', { name: 'Swap Task force for' })).toBeVisible();
  await expect(page).toHaveURL(/#view=compare&cmp=liaison,task-force$/);

  // Back in the cards, the compare toggles reflect the current pick.
  await page.getByRole('button', { name: 'Browse all models' }).click();
  await expect(card(page, 'Task force').getByRole('button', { name: /: Task force$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(card(page, 'Rotation').getByRole('button', { name: /: Rotation$/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(card(page, 'Embedded').getByRole('button', { name: /: Embedded$/ })).toHaveAttribute('aria-pressed', 'false');
});
