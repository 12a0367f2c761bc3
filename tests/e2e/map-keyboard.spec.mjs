// Issue "compare/map/print": the model map works with the keyboard, highlights relations, opens cards, and has a text alternative.
import { test, expect } from '@playwright/test';
import { TOTAL, card, openApp, tabToIncludingSvg, widget, expectDetailsOpen } from './helpers.mjs';

test('Tab to Liaison on the map lights its relations; Enter opens its card', async ({ page }, testInfo) => {
  await openApp(page, '#view=map');
  await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
  const map = widget(page).getByRole('region', { name: 'Map of the models' });
  const nodes = map.getByRole('link', { name: /: open its card$/ });
  await expect(nodes).toHaveCount(TOTAL);
  const liaison = map.getByRole('link', { name: 'Liaison: open its card', exact: true });

  // Before any focus, nothing is lit.
  await expect(map.locator('.cm-node.cm-lit')).toHaveCount(0);

  await tabToIncludingSvg(page, liaison, TOTAL + 20);
  await expect(liaison).toBeFocused();
  await expect(liaison).toHaveClass(/\bcm-lit\b/);
  // At least one related node is lit too, and the unrelated ones fade.
  const litOthers = map.locator('.cm-node.cm-lit').filter({ hasNot: page.getByText('Liaison', { exact: true }) });
  await expect(litOthers.first()).toBeAttached();
  const lit = await map.locator('.cm-node.cm-lit').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(lit.length, `lit nodes: ${lit.join(', ')}`).toBeGreaterThan(1);
  expect(lit.length).toBeLessThan(TOTAL);
  await expect(map.locator('.cm-node.cm-faded')).toHaveCount(TOTAL - lit.length);

  // Screenshots of the map with Liaison focused, in the light and the dark scheme.
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const path = testInfo.outputPath(`map-${scheme}.png`);
    await map.screenshot({ path });
    await testInfo.attach(`map-${scheme}`, { path, contentType: 'image/png' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(liaison).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Browse all models' })).toHaveAttribute('aria-pressed', 'true');
  const liaisonCard = card(page, 'Liaison');
  await expectDetailsOpen(liaisonCard, true);
  await expect(liaisonCard.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await expect(liaisonCard.getByRole('heading', { level: 3, name: 'Liaison' })).toBeFocused();
  await expect(page).toHaveURL(/open=liaison/);
});

test('the map as text lists every model', async ({ page }) => {
  await openApp(page, '#view=map');
  const map = widget(page).getByRole('region', { name: 'Map of the models' });
  const summary = map.getByText('The map as text', { exact: true });
  await summary.click();
  const items = map.getByRole('group').filter({ has: page.getByText('The map as text', { exact: true }) }).getByRole('listitem');
  await expect(items).toHaveCount(TOTAL);
  await expect(items.first()).toBeVisible();
  await expect(items.filter({ hasText: /^Liaison: / })).toHaveCount(1);
  await expect(items.filter({ hasText: /^Liaison: / })).toContainText('Related:');
});
