// Issue 22, '"not asked" is not a disagreement': a question that only some people were asked (their other answers
// made it not apply) is not marked "differ" and not counted as a difference; the count says so.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
import { WIDTHS, atWidth, compareWith, resultHash, resultLink, sideBySide } from './group-helpers.mjs';

// Two situations of data/scenarios.toml with one question asked of only one of them.
const PAIR = ['Specialists: only they can do it', 'Security specialists, teams can borrow people'];

for (const width of WIDTHS) {
  test(`${width}px: a question asked of only one person is no difference`, async ({ page }) => {
    await atWidth(page, width);
    await openApp(page, resultHash(PAIR[0]));
    const c = await compareWith(page, [resultLink(PAIR[1])]);
    const rows = await sideBySide(c);
    const notAsked = c.locator('.cm-answer').filter({ hasText: 'Not asked (it did not apply to their other answers)' });
    await expect(notAsked).toHaveCount(1);
    const prompt = (await notAsked.getByRole('term').innerText()).trim();
    expect(rows.find((r) => r.prompt === prompt)?.differs).toBe(false);
    const differing = rows.filter((r) => r.differs).length;
    await expect(c.getByText(`You differ on ${differing} of ${rows.length} questions; they are listed first and marked “differ”. 1 question was not asked of everyone, because their other answers made it not apply: that is no difference.`)).toBeVisible();
  });
}
