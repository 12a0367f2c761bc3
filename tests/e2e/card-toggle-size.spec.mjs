// A card's "Show details" toggle is a native <summary>, drawn as a button. Its content passes through the
// browser's own shadow root of <details>, which does not inherit the widget's border-box sizing, so it once drew
// 16 px taller than every other button. It must measure as the view switches do, before and after the app starts.
import { test, expect } from '@playwright/test';
import { card, detailsToggle, openApp, widget } from './helpers.mjs';

/** Height in px of a locator's box. */
const height = (locator) => locator.evaluate((el) => Math.round(el.getBoundingClientRect().height));

test('the details toggle is as tall as the view switches, in the app and in the pre-rendered page', async ({ browser, page }) => {
  await openApp(page);
  const toggle = detailsToggle(card(page, 'Embedded'));
  const viewSwitch = widget(page).getByRole('button', { name: 'Help me choose' });
  await expect(toggle).toBeVisible();
  const switchHeight = await height(viewSwitch);
  expect(switchHeight).toBeGreaterThanOrEqual(40);
  expect(await height(toggle)).toBe(switchHeight);
  await toggle.click();
  expect(await height(toggle), 'the open toggle ("Hide details") keeps its size').toBe(switchHeight);

  // Before the app starts (here: without JavaScript), the pre-rendered card's toggle has the same size.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/');
  const preRendered = noJs.locator('article[data-model="embedded"] summary');
  await expect(preRendered).toBeVisible();
  expect(await height(preRendered)).toBe(switchHeight);
  await context.close();
});
