// Issue "compare/map/print": a shared comparison link opens the same comparison in a fresh page.
import { test, expect } from '@playwright/test';
import { linkNotice, openApp, widget } from './helpers.mjs';

test('#view=compare&cmp=merged-group,liaison shows both models, with the Reorg row marked as differing', async ({ page }) => {
  await openApp(page, '#view=compare&cmp=merged-group,liaison');
  await expect(page.getByRole('button', { name: 'Compare (2)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(linkNotice(page)).toHaveCount(0);

  const table = widget(page).getByRole('table');
  const columns = table.getByRole('columnheader');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toHaveText(/^Merged group/);
  await expect(columns.nth(1)).toHaveText(/^Liaison/);
  await expect(table.getByRole('combobox', { name: 'Swap Merged group for' })).toBeVisible();
  await expect(table.getByRole('combobox', { name: 'Swap Liaison for' })).toBeVisible();

  const reorg = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Reorg/ }) });
  await expect(reorg.getByRole('rowheader')).toHaveText('Reorg ≠ (differs)');
  await expect(reorg).toHaveClass(/\bcm-differs\b/);
  // Each value ends with its source mark (a number for Rubick's post, 'ours' for our reading).
  await expect(reorg.getByRole('cell')).toHaveText([/^Needs a reorg\s*(\d+|[a-z]|ours)$/, /^No reorg needed\s*(\d+|[a-z]|ours)$/]);
  // Both are Team models: the Category row is not marked.
  const category = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Category/ }) });
  await expect(category.getByRole('rowheader')).toHaveText('Category');
  await expect(page).toHaveURL(/#view=compare&cmp=merged-group,liaison$/);
});
