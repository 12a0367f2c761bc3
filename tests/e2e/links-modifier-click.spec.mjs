// Issue 22: the widget's links behave like links. A plain click opens the card in place; Ctrl-, Shift- and
// middle-clicks do what the browser normally does (a new tab or window), with an address that opens that card:
// on the static page its own, in an embed the widget's static page (not the host page, which does not keep the
// widget's state in its address).
import { test, expect } from '@playwright/test';
import { SUBPATH_URL, card, cardsIn, detailsToggle, expectDetailsOpen, openApp } from './helpers.mjs';
import { fixtureUrl, hostPage, servePage } from './host-helpers.mjs';

/** A model's card in a widget on a host page. */
const cardIn = (root, name) => cardsIn(root).filter({ has: root.page().getByRole('heading', { level: 3, name, exact: true }) });

/** Liaison's card, opened, and its link to the related model Embedded (`find` finds a card by name). */
async function liaisonRelated(find) {
  const liaison = find('Liaison');
  await detailsToggle(liaison).click();
  await expectDetailsOpen(liaison, true);
  const link = liaison.getByRole('link', { name: 'Embedded' });
  await expect(link).toBeVisible();
  return { liaison, link };
}

for (const [how, options] of [
  ['Ctrl-click', { modifiers: ['Control'] }],
  ['Shift-click', { modifiers: ['Shift'] }],
  ['middle-click', { button: 'middle' }],
]) {
  test(`static page: a ${how} on a related card's link opens it in a new page and leaves this one as it was`, async ({ page, context }) => {
    await openApp(page);
    const { liaison, link } = await liaisonRelated((name) => card(page, name));
    const before = page.url();
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click(options)]);
    await expect.poll(() => opened.url()).toMatch(/#open=embedded$/);
    await expect(card(opened, 'Embedded').getByRole('heading', { name: 'When to use it' })).toBeVisible();
    expect(page.url()).toBe(before);
    await expectDetailsOpen(liaison, true);
    await expectDetailsOpen(card(page, 'Embedded'), false);
  });
}

test('script embed: a Ctrl-click opens the card on the widget\'s static page, a plain click opens it in place', async ({ page, context }) => {
  const url = fixtureUrl('links-modifier-click.html');
  await servePage(page, url, hostPage('<p>A post.</p><coordination-models id="w"></coordination-models>'));
  await page.goto(url);
  const widget = page.locator('#w');
  const { link } = await liaisonRelated((name) => cardIn(widget, name));
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['Control'] })]);
  await expect.poll(() => opened.url()).toMatch(/#open=embedded$/);
  expect(opened.url(), "the widget's own page, where embed.js comes from").toBe(`${SUBPATH_URL}#open=embedded`);
  await expect(card(opened, 'Embedded').getByRole('heading', { name: 'When to use it' })).toBeVisible();
  expect(page.url()).toBe(url);

  await link.click();
  await expectDetailsOpen(cardIn(widget, 'Embedded'), true);
  expect(page.url()).toBe(url);
});
