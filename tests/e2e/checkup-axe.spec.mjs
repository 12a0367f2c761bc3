// Issue 20: axe finds nothing on the check-up's questions, its result and the decision record started from it.
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';
import { expectAxeClean } from './layout-helpers.mjs';
import { checkupIn, MOVE } from './checkup-helpers.mjs';

test.describe('axe (its script is injected, so the page\'s CSP is bypassed)', () => {
  test.use({ bypassCSP: true });
  test('axe finds nothing on the questions, the result and the decision record', async ({ page }) => {
    await openApp(page, '#view=checkup&check=liaison&signs=yn');
    await expect(checkupIn(widget(page)).getByRole('group')).toHaveCount(5);
    await expectAxeClean(page, 'check-up questions');
    await openApp(page, MOVE);
    await expect(checkupIn(widget(page)).getByRole('heading', { level: 3, name: 'Where to move' })).toBeVisible();
    await expectAxeClean(page, 'check-up result');
    await openApp(page, MOVE.replace('verdict=shown', 'verdict=record'));
    await expect(widget(page).getByRole('region', { name: 'Decision record' }).getByRole('combobox', { name: 'What we chose' })).toBeVisible();
    await expectAxeClean(page, 'decision record from a check-up');
  });
});
