// Issue #11: on a slow connection the static page's view switches are links that work before the app has
// started: "Help me choose" clicked within 100 ms of first paint opens the wizard when the app starts.
import { test, expect } from '@playwright/test';
import { waitForLive, widget } from './helpers.mjs';
import { actAtFirstPaint, clickAt, layoutOf, recordTimeline } from './host-helpers.mjs';

test('Slow 4G: "Help me choose" clicked right after first paint is honoured when the app starts', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const { at: [link] } = await layoutOf(browser, page, ['.cm-tabs a[href="#view=wizard"]']);
  await recordTimeline(page);
  await actAtFirstPaint(page, (cdp) => clickAt(cdp, link));
  await expect.poll(() => new URL(page.url()).hash, 'the link set the address').toBe('#view=wizard');

  await waitForLive(page);
  await expect(widget(page).getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await expect(widget(page).getByRole('region', { name: 'Decision wizard' }).getByRole('status')).toHaveText(/^Question 1 of \d+$/);
});
