// Issue 20: the check-up's result copies as Markdown, verdict first.
import { test, expect } from '@playwright/test';
import { DIST_ORIGIN, openApp, widget } from './helpers.mjs';
import { checkupIn, MOVE } from './checkup-helpers.mjs';

test.describe('with clipboard permission', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('Copy as Markdown: the verdict first, every answer, the moves, and the link back', async ({ page }) => {
    await openApp(page, MOVE);
    const c = checkupIn(widget(page));
    await c.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(c.getByRole('status').filter({ hasText: 'Copied the check-up as Markdown.' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^# Check-up: Service provider\n\n## Consider moving\n/);
    expect(text).toContain('## Where to move');
    expect((text.match(/ \*\*(Yes|No|Not sure)\*\*$/gm) || []).length).toBe(6);
    expect(text).toContain(`Reopen this check-up: ${DIST_ORIGIN}/#view=checkup&check=service-provider&signs=yyynnn&verdict=shown`);
  });
});
