// Issue "embed/offline": once the service worker has precached the build, the static page reloads and works offline.
import { test, expect } from '@playwright/test';
import { TOTAL, answerWizard, cards, expectShowing, openApp, topNamesIn, waitForLive, widget, DIST_ORIGIN } from './helpers.mjs';

test.use({ serviceWorkers: 'allow' });

test('after one online visit, an offline reload shows all 27 cards and the wizard works', async ({ page, context }) => {
  await openApp(page);
  await expect(cards(page)).toHaveCount(TOTAL);

  // Wait for the worker to be installed (it precaches every file before activating) and to control the page.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${DIST_ORIGIN}/`);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    try {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 3000 });
    } catch {
      await page.reload();
  await waitForLive(page);
    }
  }
  await expect.poll(controlled, { message: 'the service worker controls the page' }).toBe(true);

  await context.setOffline(true);
  // Negative control: the network really is gone for anything the worker did not precache.
  const uncached = await page.evaluate(() => fetch(`/not-precached-${Date.now()}.txt`).then((r) => `HTTP ${r.status}`, (e) => `failed: ${e.name}`));
  expect(uncached).toMatch(/^failed/);

  await page.reload();
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordination models' })).toBeVisible();
  await expectShowing(page, TOTAL);
  await expect(cards(page).first().getByRole('heading', { level: 3 })).toHaveText('Product strategy');

  // The wizard runs offline to its results.
  await page.getByRole('button', { name: 'Help me choose' }).click();
  await answerWizard(widget(page));
  expect(await topNamesIn(widget(page))).toContain('Task force');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});
