// Issue #11: a live <coordination-models> follows changes of its attributes (view, theme, accent, filters, url)
// without being mounted again: what the reader typed stays.
import { test, expect } from '@playwright/test';
import { TOTAL, cardsIn } from './helpers.mjs';
import { expectLive, fixtureUrl, hostPage, servePage } from './host-helpers.mjs';

const URL_ = fixtureUrl('element-attributes.html');

test('changing view, theme, accent, filters and url changes the live instance', async ({ page }) => {
  await servePage(page, URL_, hostPage('<coordination-models id="widget"></coordination-models>'));
  await page.goto(URL_);
  const widget = page.locator('#widget');
  const root = widget.locator('.cm-root');
  const set = (name, value) => widget.evaluate((el, [n, v]) => (v === null ? el.removeAttribute(n) : el.setAttribute(n, v)), [name, value]);
  await expect(cardsIn(widget)).toHaveCount(TOTAL);
  const search = widget.getByRole('searchbox', { name: /Search/ });
  await search.fill('team');

  // view
  await set('view', 'wizard');
  await expect(widget.getByRole('button', { name: 'Help me choose' })).toHaveAttribute('aria-pressed', 'true');
  await widget.evaluate((el) => { el.view = 'cards'; }); // the property reflects to the attribute
  await expect(widget.getByRole('button', { name: 'Browse all models' })).toHaveAttribute('aria-pressed', 'true');
  await expect(search, 'the typed search stays').toHaveValue('team');

  // theme
  await set('theme', 'dark');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await set('theme', null);
  await expect(root).not.toHaveAttribute('data-theme', /./);

  // accent
  const accent = () => root.evaluate((el) => el.style.getPropertyValue('--cm-accent'));
  await set('accent', '#b5179e');
  await expect.poll(accent).toBe('#b5179e');
  await set('accent', null);
  await expect.poll(accent).toBe('');

  // filters
  await search.fill('');
  await set('filters', 'cat=team');
  await expect(cardsIn(widget)).toHaveCount(17);
  await expect(widget.getByRole('group', { name: 'Category', exact: true }).getByRole('checkbox', { name: 'Team', exact: true })).toBeChecked();
  await set('filters', null);
  await expect(cardsIn(widget)).toHaveCount(TOTAL);

  // url: "hash" puts the state into the page's address, "none" stops it
  await set('url', 'hash');
  await search.fill('liaison');
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#(.*&)?q=liaison(&|$)/);
  const written = new URL(page.url()).hash;
  const status = widget.getByRole('status').filter({ hasText: /^Showing / });
  const before = await status.innerText();
  await set('url', 'none');
  await search.fill('rotation');
  // The search has been drawn (the address would have been written in the same update): the address stays.
  await expect(status).not.toHaveText(before);
  const shown = Number(/Showing (\d+) of/.exec(await status.innerText())?.[1]);
  await expect(cardsIn(widget)).toHaveCount(shown);
  expect(new URL(page.url()).hash, 'url="none": the address stays').toBe(written);
  // And it was the setting that held it: "hash" again writes the search.
  await set('url', 'hash');
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#(.*&)?q=rotation(&|$)/);

  await expectLive(page, 1);
});
