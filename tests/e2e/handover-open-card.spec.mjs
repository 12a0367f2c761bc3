// Issue #11: on a slow connection, a card opened on the static page before the app has started (a native
// <details>, which works without the app) stays open when the app takes over.
import { test, expect } from '@playwright/test';
import { waitForLive } from './helpers.mjs';
import { actAtFirstPaint, clickAt, layoutOf, recordTimeline } from './host-helpers.mjs';

test('Slow 4G: a card opened right after first paint is still open, with its details, in the app', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const { at: [summary] } = await layoutOf(browser, page, ['.cm-cell:nth-child(2) summary']);
  await recordTimeline(page);
  await actAtFirstPaint(page, (cdp) => clickAt(cdp, summary));
  const opened = page.locator(`article[data-model="${summary.model}"]`);
  await expect(opened.getByRole('heading', { name: 'When to use it' }), 'the copy opens the card itself').toBeVisible();

  await waitForLive(page);
  await expect(opened.locator('details')).toHaveJSProperty('open', true);
  await expect(opened.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  expect(await opened.evaluate((el) => el.getRootNode() instanceof ShadowRoot), 'the card is the app\'s').toBe(true);
});
