// Issue #11: [data-coordination-models] divs keep working when the page adds them after load (client-side
// navigation, a framework rendering late) or removes them, and follow changes of their data-* settings.
import { test, expect } from '@playwright/test';
import { TOTAL, cardsIn } from './helpers.mjs';
import { expectLive, fixtureUrl, hostPage, servePage } from './host-helpers.mjs';

const URL_ = fixtureUrl('embed-divs-added-later.html');

test('divs added after load are mounted, removed ones unmounted, changed settings applied', async ({ page }) => {
  await servePage(page, URL_, hostPage('<main id="place"><p>Nothing to embed yet.</p></main>'));
  await page.goto(URL_);
  await expectLive(page, 0, 'embed.js has run, nothing is mounted');

  await page.evaluate(() => {
    document.querySelector('#place').insertAdjacentHTML('beforeend',
      '<section id="one"><div data-coordination-models data-view="wizard"></div></section>' +
      '<div data-coordination-models data-filters="cat=team" id="two"></div>');
  });
  const one = page.locator('#one [data-coordination-models]');
  const two = page.locator('#two');
  await expect(one.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await expect(cardsIn(two)).toHaveCount(17);
  await expectLive(page, 2);

  await page.evaluate(() => document.querySelector('#one').remove());
  await expectLive(page, 1, 'the removed div lost its instance');

  await two.evaluate((el) => el.setAttribute('data-filters', ''));
  await expect(cardsIn(two)).toHaveCount(TOTAL);
  await two.evaluate((el) => el.setAttribute('data-theme', 'dark'));
  await expect(two.locator('.cm-root')).toHaveAttribute('data-theme', 'dark');
  await expectLive(page, 1);
});
