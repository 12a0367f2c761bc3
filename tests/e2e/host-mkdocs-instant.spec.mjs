// Issue #11: in a handbook built by MkDocs Material with navigation.instant (pages load without a full reload),
// set up with the MkDocs lines of docs/embedding.md, a reader goes in and out of the widget's page 20 times through the
// site's own links: each visit shows exactly one live instance, no console error appears, and nothing leaks.
//
// MkDocs Material itself keeps every page it navigated away from (a MediaQueryList listener of its sidebar
// holds the old page), so the page's JS heap grows with or without the widget. The heap check therefore
// compares the same walk to a copy of the widget's page without the widget: the widget's own growth from visit
// 2 to 20 must stay within 10 % of the heap after visit 2, with garbage collection forced (judged by the heap's
// objects, without compiled code: see heapFigures); and the wasm's memory must not grow at all.
import { test, expect } from '@playwright/test';
import { recordProblems } from './helpers.mjs';
import { SITES_ORIGIN, expectLive, expectSiteBuilt, firstAnswer, heapFigures, liveInstances, shownApps } from './host-helpers.mjs';

const VISITS = 20;

/**
 * From the on-call page, goes to `page` and back VISITS times by the site's navigation links, calling `onVisit`
 * on each arrival; returns the measures after visits 2 and VISITS (back on the on-call page).
 */
async function walk(page, target, onVisit) {
  await page.goto(`${SITES_ORIGIN}/mkdocs/on-call/`);
  // Material takes over the site's links once it has its sitemap (which tells it what is internal); a click
  // before that loads the page in full.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/sitemap.xml')));
  // Material reads the sitemap when its fetch resolves, which is queued work: wait until the page is idle (no task
  // pending), not for a fixed time.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
  await page.evaluate(() => { window.__sameDocument = true; });
  const cdp = await page.context().newCDPSession(page);
  const nav = page.getByRole('navigation', { name: 'Navigation' });
  const measures = {};
  for (let visit = 1; visit <= VISITS; visit++) {
    await nav.getByRole('link', { name: target.link, exact: true }).click();
    await expect(page).toHaveURL(`${SITES_ORIGIN}/mkdocs/${target.path}/`);
    await expect(page.getByRole('heading', { level: 1, name: target.link, exact: true })).toBeVisible();
    await onVisit(visit);
    await nav.getByRole('link', { name: 'On-call', exact: true }).click();
    await expect(page).toHaveURL(`${SITES_ORIGIN}/mkdocs/on-call/`);
    await expect(page.getByRole('heading', { level: 1, name: 'On-call' })).toBeVisible();
    await expectLive(page, 0, `visit ${visit}: no instance left`);
    if (visit === 2 || visit === VISITS) measures[visit] = await heapFigures(page, cdp);
  }
  expect(await page.evaluate(() => window.__sameDocument), 'the site navigated without reloading the page').toBe(true);
  await cdp.detach();
  return measures;
}

test('MkDocs Material, navigation.instant: 20 visits, one live instance each, no error, no leak', async ({ page, browser, request }) => {
  test.setTimeout(300_000);
  await expectSiteBuilt(request, 'mkdocs');
  const problems = recordProblems(page);
  const widget = page.locator('coordination-models');
  const withWidget = await walk(page, { link: 'How we work together', path: 'coordination' }, async (visit) => {
    await expect(widget.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
    await expectLive(page, 1, `visit ${visit}: one live instance`);
    expect(await shownApps(page), `visit ${visit}: one widget drawn`).toBe(1);
    await firstAnswer(widget).check(); // use it a little
  });
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(await liveInstances(page)).toBe(0);

  // The same walk to the same page without the widget, in a fresh page: what the site keeps by itself.
  const control = await browser.newContext({ viewport: page.viewportSize() }).then((c) => c.newPage());
  const without = await walk(control, { link: 'How we work together (text only)', path: 'coordination-text' }, async () => {});
  await control.context().close();

  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  const figures = (label, m) => `${label}: heap objects ${m[2].objects} B after 2 visits, ${m[VISITS].objects} B after ${VISITS}` +
    ` (+${pct(m[VISITS].objects / m[2].objects - 1)}); JS heap used ${m[2].used} B and ${m[VISITS].used} B (+${pct(m[VISITS].used / m[2].used - 1)})`;
  const widgetShare = ((withWidget[VISITS].objects - withWidget[2].objects) - (without[VISITS].objects - without[2].objects)) / withWidget[2].objects;
  test.info().annotations.push({
    type: 'heap',
    description: `${figures('with the widget', withWidget)}; ${figures('without it', without)}; the widget's share ${pct(widgetShare)};` +
      ` wasm memory ${withWidget[2].wasm} B and ${withWidget[VISITS].wasm} B`,
  });
  expect(widgetShare, `the widget's heap growth from visit 2 to ${VISITS}, beyond the site's own`).toBeLessThanOrEqual(0.1);
  expect(withWidget[VISITS].wasm, 'the wasm memory did not grow').toBe(withWidget[2].wasm);
});
