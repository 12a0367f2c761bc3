// Issue #11: embed.js loaded twice on one page (from two addresses) mounts nothing twice and loads the app once.
import { test, expect } from '@playwright/test';
import { TOTAL, cardsIn, recordProblems, requestsDone } from './helpers.mjs';
import { expectLive, fixtureUrl, hostPage, servePage } from './host-helpers.mjs';

const URL_ = fixtureUrl('embed-twice.html');
const TWO_SCRIPTS = `<script type="module" src="../dist/embed.js"></script>
<script type="module" src="../dist/embed.js?loaded=again"></script>`;

test('two embed.js scripts: each widget has one instance, and the wasm is fetched once', async ({ page }) => {
  const problems = recordProblems(page);
  await servePage(page, URL_, hostPage(
    '<div data-coordination-models id="div"></div><coordination-models id="element" view="wizard"></coordination-models>',
    TWO_SCRIPTS,
  ));
  await page.goto(URL_);
  await expect(cardsIn(page.locator('#div'))).toHaveCount(TOTAL);
  await expect(page.locator('#element').getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await expectLive(page, 2);
  for (const id of ['#div', '#element']) {
    const inside = await page.locator(id).evaluate((el) => ({
      apps: el.shadowRoot.querySelectorAll('.cm-root').length,
      mounts: el.shadowRoot.querySelectorAll('.cm-mount').length,
      stylesheets: el.shadowRoot.querySelectorAll('link[rel=stylesheet]').length,
    }));
    expect(inside, `${id}: one app, one mount point, one stylesheet`).toEqual({ apps: 1, mounts: 1, stylesheets: 1 });
  }
  await requestsDone(problems);
  expect(problems.requests.filter((u) => u.endsWith('.wasm')), 'the wasm, once').toHaveLength(1);
  expect(problems.consoleErrors).toEqual([]);
});
