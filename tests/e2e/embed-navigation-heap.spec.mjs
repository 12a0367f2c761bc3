// Issue #11: nothing leaks across client-side navigation. A page swaps its content the way Turbo, Docusaurus or
// VitePress do (the old page's DOM dropped, the new one inserted), into and out of a page with the widget, 20
// times, using the widget on each visit: the JS heap after 20 visits stays within 10 % of the heap after 2, with
// garbage collection forced (judged by the heap's objects, without the code V8 keeps compiling: see
// heapFigures), and the wasm's memory does not grow. (host-mkdocs-instant makes the same walk in a real MkDocs
// Material site, which keeps old pages itself.)
import { test, expect } from '@playwright/test';
import { expectLive, fixtureUrl, firstAnswer, heapFigures, hostPage, servePage } from './host-helpers.mjs';

const URL_ = fixtureUrl('embed-navigation-heap.html');
const VISITS = 20;

test('20 visits under client-side navigation: one live instance each, heap within 10 %, wasm memory flat', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await servePage(page, URL_, hostPage('<main id="main"><p>Another page of the site.</p></main>'));
  await page.goto(URL_);
  await expectLive(page, 0);
  const cdp = await page.context().newCDPSession(page);
  const swap = (html) => page.evaluate((h) => {
    const next = document.createElement('main');
    next.id = 'main';
    next.innerHTML = h;
    document.querySelector('#main').replaceWith(next);
  }, html);
  const measures = {};
  for (let visit = 1; visit <= VISITS; visit++) {
    await swap('<h2>How we work together</h2><coordination-models view="wizard"></coordination-models>');
    const widget = page.locator('coordination-models');
    await expect(widget.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
    await expectLive(page, 1, `visit ${visit}: one live instance`);
    await firstAnswer(widget).check();
    await swap('<h2>On-call</h2><p>Another page of the site.</p>');
    await expectLive(page, 0, `visit ${visit}: the instance went with its page`);
    if (visit === 2 || visit === VISITS) measures[visit] = await heapFigures(page, cdp);
  }
  const [a, b] = [measures[2], measures[VISITS]];
  const growth = b.objects / a.objects - 1;
  test.info().annotations.push({
    type: 'heap',
    description: `heap objects after 2 visits ${a.objects} B, after ${VISITS} ${b.objects} B (${(growth * 100).toFixed(1)} %);` +
      ` JS heap used ${a.used} B and ${b.used} B (${((b.used / a.used - 1) * 100).toFixed(1)} %, compiled code included); wasm memory ${a.wasm} B and ${b.wasm} B`,
  });
  expect(growth, `heap growth from visit 2 to ${VISITS}`).toBeLessThanOrEqual(0.1);
  expect(measures[VISITS].wasm, 'wasm memory').toBe(measures[2].wasm);
  expect(errors).toEqual([]);
});
