// Issue #11: on a slow connection, text typed into the static page's search box before the app has started is
// kept and applied when it starts (and the box keeps focus and the caret).
import { test, expect } from '@playwright/test';
import { TOTAL, countStatus, searchBox, shownCount, waitForLive } from './helpers.mjs';
import { actAtFirstPaint, clickAt, deepFocus, layoutOf, recordTimeline } from './host-helpers.mjs';

test('Slow 4G: a search typed right after first paint is kept and applied by the app', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const { at: [box] } = await layoutOf(browser, page, ['.cm-search input']);
  await recordTimeline(page);
  await actAtFirstPaint(page, async (cdp) => {
    await clickAt(cdp, box);
    await page.keyboard.type('security');
  });

  await waitForLive(page);
  await expect(searchBox(page)).toHaveValue('security');
  await expect(countStatus(page)).toHaveText(/^Showing \d+ of \d+ models$/);
  const shown = await shownCount(page);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(TOTAL);
  expect(await deepFocus(page), 'the search box keeps focus').toMatchObject({ tag: 'input', inShadow: true });
  expect(await searchBox(page).evaluate((el) => [el.selectionStart, el.selectionEnd]), 'caret at the end').toEqual([8, 8]);
  // Typing goes on in the app's box.
  await page.keyboard.type(' x');
  await expect(searchBox(page)).toHaveValue('security x');
});
