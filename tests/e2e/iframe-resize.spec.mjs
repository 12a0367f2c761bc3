// Issue "embed/offline": the iframe embed reports its height and resize.js fits the frame to its content, also when it grows.
import { test, expect } from '@playwright/test';
import { BLOG_POST_URL, recordProblems, requestsDone, waitForLive, detailsToggle } from './helpers.mjs';

/** Height of the iframe element in the host page, and of the document inside it. */
async function heights(page) {
  const frameEl = page.locator('#frame');
  const outer = await frameEl.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await frameEl.elementHandle()).contentFrame();
  const inner = frame ? await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)) : 0;
  return { outer, inner };
}

test('the iframe grows to its content height, and again when a card inside it opens; no console errors', async ({ page }) => {
  const problems = recordProblems(page);
  await page.goto(BLOG_POST_URL);
  const frameEl = page.locator('#frame');

  // The frame loads lazily: bring it near the viewport, then wait for the widget inside.
  await frameEl.scrollIntoViewIfNeeded();
  await waitForLive((await (await frameEl.elementHandle()).contentFrame()));
  const inside = page.frameLocator('#frame');
  const cards = inside.getByRole('region', { name: 'Catalogue' }).getByRole('article');
  await expect(cards).toHaveCount(27);

  // The frame takes the height of its content (far more than the 200px the host CSS gives it).
  await expect.poll(async () => (await heights(page)).outer, { message: 'iframe height grows' }).toBeGreaterThan(1000);
  await expect.poll(async () => {
    const h = await heights(page);
    return Math.abs(h.outer - h.inner);
  }, { message: 'iframe height equals its content height' }).toBeLessThanOrEqual(2);
  const before = (await heights(page)).outer;

  // No inner scrolling needed: the whole catalogue fits in the frame.
  const frame = await (await frameEl.elementHandle()).contentFrame();
  expect(await frame.evaluate(() => document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight)).toBeLessThanOrEqual(2);

  // Opening a card makes the content taller, and the frame follows.
  const liaison = cards.filter({ has: inside.getByRole('heading', { level: 3, name: 'Liaison', exact: true }) });
  await detailsToggle(liaison).click();
  await expect(liaison.getByRole('heading', { name: 'When to use it' })).toBeVisible();
  await expect.poll(async () => (await heights(page)).outer, { message: 'iframe grows when a card opens' }).toBeGreaterThan(before + 100);
  await expect.poll(async () => {
    const h = await heights(page);
    return Math.abs(h.outer - h.inner);
  }, { message: 'iframe height still equals its content height' }).toBeLessThanOrEqual(2);

  // The host page's own URL is untouched by the framed widget.
  expect(page.url()).toBe(BLOG_POST_URL);

  await requestsDone(problems);
  expect(problems.failed, 'failed requests').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
});
