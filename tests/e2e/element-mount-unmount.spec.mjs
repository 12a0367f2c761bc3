// Issue #11: <coordination-models>, defined by embed.js, mounts when it is connected and unmounts when it is
// disconnected: its instance, its window listeners and its shadow content go; connected again, it mounts again.
import { test, expect } from '@playwright/test';
import { TOTAL, cardsIn } from './helpers.mjs';
import { expectLive, fixtureUrl, hostPage, servePage, windowListeners } from './host-helpers.mjs';

const URL_ = fixtureUrl('element-mount-unmount.html');

test('an element added to the page mounts once; removed, it leaves no instance, listener or content', async ({ page }) => {
  await servePage(page, URL_, hostPage('<main id="place"><p>A host page.</p></main>'));
  await page.goto(URL_);
  await expectLive(page, 0, 'embed.js has run, nothing is mounted');
  const before = { hashchange: await windowListeners(page, 'hashchange'), popstate: await windowListeners(page, 'popstate') };

  await page.evaluate(() => {
    window.__widget = document.createElement('coordination-models');
    window.__widget.id = 'widget';
    window.__widget.setAttribute('url', 'hash');
    document.querySelector('#place').append(window.__widget);
  });
  const widget = page.locator('#widget');
  await expect(cardsIn(widget)).toHaveCount(TOTAL);
  await expectLive(page, 1);
  // With url="hash" the instance follows the page's address: one hashchange and one popstate listener.
  expect(await windowListeners(page, 'hashchange')).toBe(before.hashchange + 1);
  expect(await windowListeners(page, 'popstate')).toBe(before.popstate + 1);

  await page.evaluate(() => window.__widget.remove());
  await expectLive(page, 0, 'the instance is destroyed with its element');
  await expect.poll(() => windowListeners(page, 'hashchange'), { message: 'hashchange listener removed' }).toBe(before.hashchange);
  expect(await windowListeners(page, 'popstate'), 'popstate listener removed').toBe(before.popstate);
  expect(await page.evaluate(() => window.__widget.shadowRoot.childNodes.length), 'shadow content removed').toBe(0);

  await page.evaluate(() => document.querySelector('#place').append(window.__widget));
  await expect(cardsIn(widget)).toHaveCount(TOTAL);
  await expectLive(page, 1);
  expect(await page.evaluate(() => window.__widget.shadowRoot.querySelectorAll('.cm-root').length), 'one app in the element').toBe(1);
});
