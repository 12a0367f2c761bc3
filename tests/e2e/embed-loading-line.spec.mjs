// Issue #11: a script embed has no pre-rendered copy; until it is live it shows a short line with a link to the
// static page (where the catalogue is readable at once), and the line goes when the widget is live.
import { test, expect } from '@playwright/test';
import { TOTAL, cardsIn } from './helpers.mjs';
import { fixtureUrl, hostPage, servePage } from './host-helpers.mjs';

const URL_ = fixtureUrl('embed-loading-line.html');

test('until it is live, a script embed shows a line linking to the static page', async ({ page }) => {
  let held = null;
  await page.route('**/*.wasm', (route) => { held = route; }); // answered only later
  await servePage(page, URL_, hostPage('<div data-coordination-models id="widget"></div>'));
  await page.goto(URL_);
  const widget = page.locator('#widget');
  await expect(widget.getByText(/^The coordination models are loading/)).toBeVisible();
  const link = widget.getByRole('link', { name: 'open them on their own page' });
  await expect(link).toBeVisible();
  expect(await link.evaluate((a) => a.href)).toBe(new URL('../dist/', URL_).href);

  await expect.poll(() => held !== null, { message: 'the wasm was requested' }).toBe(true);
  await held.continue();
  await expect(cardsIn(widget)).toHaveCount(TOTAL);
  await expect(widget.getByText(/^The coordination models are loading/)).toHaveCount(0);
});
