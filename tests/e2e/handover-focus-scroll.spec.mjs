// Issue #11: on a slow connection, where the reader is on the static page (focused element, scroll position)
// survives the app's taking over from the pre-rendered copy.
import { test, expect } from '@playwright/test';
import { waitForLive } from './helpers.mjs';
import { actAtFirstPaint, clickAt, deepFocus, holdApp, layoutOf, recordTimeline, wheel } from './host-helpers.mjs';

test('Slow 4G: a card heading focused right after first paint, then the page scrolled: both survive', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { at: [heading] } = await layoutOf(browser, page, ['.cm-cell:nth-child(2) h3']);
  await recordTimeline(page);
  // The app waits until the reader has focused and scrolled: on a busy machine the wasm could otherwise arrive first.
  const releaseApp = await holdApp(page);
  let cdp;
  await actAtFirstPaint(page, async (session) => {
    cdp = session;
    await clickAt(cdp, heading); // a card's heading takes focus when clicked
  });
  await wheel(cdp, 1200);
  await expect.poll(() => page.evaluate(() => window.scrollY), 'the page scrolled').toBeGreaterThan(1000);
  const before = await page.evaluate(() => window.scrollY);
  expect(await deepFocus(page)).toMatchObject({ tag: 'h3', model: heading.model, inShadow: false });
  expect(await page.evaluate(() => performance.getEntriesByName('cm-first-card').length), 'still before the app').toBe(0);

  releaseApp();
  await waitForLive(page);
  expect(await deepFocus(page), 'focus on the same heading in the app').toMatchObject({ tag: 'h3', model: heading.model, inShadow: true });
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before), 'scroll position kept').toBeLessThanOrEqual(1);
});
