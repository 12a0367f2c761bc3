// Issue 21: an author embeds any part in a post: one card (`model`), a few cards in their order (`models`), a
// comparison (`view="compare"` with `models`), the map, or a pre-answered result (`view="result"` with `answers`);
// as attributes of <coordination-models>, data-* attributes of a div, and query parameters of the static page
// (and so of the iframe). A setting that cannot be used gets one console warning naming it.
import { test, expect } from '@playwright/test';
import { SUBPATH_URL, cardsIn, detailsToggle, expectDetailsOpen, modelName, resultsIn, waitForLive } from './helpers.mjs';
import { fixtureUrl, hostPage, servePage } from './host-helpers.mjs';

/** A card by name inside a widget. */
const cardIn = (root, name) => cardsIn(root).filter({ has: root.page().getByRole('heading', { level: 3, name, exact: true }) });

/** The names of a widget's cards, in order. */
const cardNames = (root) => cardsIn(root).getByRole('heading', { level: 3 }).allInnerTexts();

/** Serves a host page holding `body`, opens it, and returns the warnings the console got. */
async function host(page, name, body) {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const url = fixtureUrl(name);
  await servePage(page, url, hostPage(body));
  await page.goto(url);
  return warnings;
}

// A real result's answers: the a= part of the wizard's link.
const ANSWERS = 'problem.dependency,priority.no,duration.permanent,teams.several,reorg.no,work.their-code,capacity.yes,context.unsure';

test('model="liaison": that card alone, opened, a link to all 27, and a related card opens in place', async ({ page }) => {
  const warnings = await host(page, 'part-one.html', '<p>A post about liaisons.</p><coordination-models id="w" model="liaison"></coordination-models>');
  const w = page.locator('#w');
  await expect(cardsIn(w)).toHaveCount(1);
  await expectDetailsOpen(cardIn(w, 'Liaison'), true);
  await expect(w.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
  await expect(w.getByRole('link', { name: 'All 27 coordination models' })).toHaveAttribute('href', SUBPATH_URL);
  await cardIn(w, 'Liaison').getByRole('link', { name: 'Embedded' }).click();
  await expectDetailsOpen(cardIn(w, 'Embedded'), true);
  expect(await cardNames(w)).toEqual(['Liaison', 'Embedded']);
  expect(warnings).toEqual([]);
});

test('data-models: those cards in the author\'s order; an unknown id gets one warning naming the attribute', async ({ page }) => {
  const warnings = await host(page, 'part-several.html', '<div data-coordination-models id="w" data-models="rotation,embedded,liason,liaison"></div>');
  const w = page.locator('#w');
  await expect(cardsIn(w)).toHaveCount(3);
  expect(await cardNames(w)).toEqual(['Rotation', 'Embedded', 'Liaison']);
  await expect(w.getByRole('searchbox')).toHaveCount(0);
  await expect.poll(() => warnings.length).toBe(1);
  expect(warnings[0]).toContain('data-models="rotation,embedded,liason,liaison"');
  expect(warnings[0]).toContain('liason');
});

test('static page ?view=compare&models=…: the two models side by side', async ({ page }) => {
  await page.goto(`${SUBPATH_URL}?view=compare&models=liaison,embedded`);
  await waitForLive(page);
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: /Liaison/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Embedded/ })).toBeVisible();
});

test('iframe of ?model=…: the one card inside the frame', async ({ page }) => {
  await host(page, 'part-iframe.html', `<iframe id="f" title="Liaison" src="${SUBPATH_URL}?model=liaison" style="width:600px;height:900px"></iframe>`);
  const frame = page.frameLocator('#f');
  const cards = frame.getByRole('region', { name: 'Catalogue' }).getByRole('article');
  await expect(cards).toHaveCount(1);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText('Liaison');
});

test('view="result" with answers: the result, which the reader can change', async ({ page }) => {
  const warnings = await host(page, 'part-result.html', `<coordination-models id="w" view="result" answers="${ANSWERS}"></coordination-models>`);
  const w = page.locator('#w');
  const results = resultsIn(w);
  await expect(results).toBeVisible();
  await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(/^1\. /);
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(w.getByRole('radio').first()).toBeVisible();
  expect(warnings).toEqual([]);
});

test('view="map" with models: one warning naming models, and the map', async ({ page }) => {
  const warnings = await host(page, 'part-map.html', '<coordination-models id="w" view="map" models="liaison,embedded"></coordination-models>');
  const w = page.locator('#w');
  await expect(w.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => warnings.length).toBe(1);
  expect(warnings[0]).toMatch(/models="liaison,embedded".*takes no models/);
});

test('a live widget follows a changed model attribute', async ({ page }) => {
  await host(page, 'part-live.html', '<coordination-models id="w" model="liaison"></coordination-models>');
  const w = page.locator('#w');
  await expect(cardsIn(w)).toHaveCount(1);
  await w.evaluate((el) => el.setAttribute('model', 'rotation'));
  await expect(cardsIn(w).getByRole('heading', { level: 3 })).toHaveText([modelName('rotation')]);
  await expectDetailsOpen(cardIn(w, 'Rotation'), true);
  await w.evaluate((el) => { el.removeAttribute('model'); el.setAttribute('models', 'embedded,liaison'); });
  await expect.poll(() => cardNames(w)).toEqual(['Embedded', 'Liaison']);
  await expect(detailsToggle(cardIn(w, 'Embedded'))).toBeVisible();
});
