// Issue #11: with JavaScript off, the static page offers no control that does nothing. What needs the app
// (view switches, search, filters, compare) is hidden; what stays works without it: cards open in place, and
// every link goes to another page or to an element of this one (a link to a card scrolls to that card).
import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript every control shown on the static page works', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article')).toHaveCount(27);

  const shown = (selector) => page.evaluate((s) => [...document.querySelectorAll(s)]
    .filter((el) => el.checkVisibility({ visibilityProperty: true }))
    .map((el) => ({ tag: el.localName, text: (el.textContent || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').trim().replace(/\s+/g, ' ').slice(0, 60) })), selector);
  expect(await shown('button, input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])'),
    'controls that need the app').toEqual([]);

  // Every visible link leads somewhere: another page, or an element of this page.
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
    .filter((a) => a.checkVisibility({ visibilityProperty: true }))
    .map((a) => {
      const samePage = a.origin === location.origin && a.pathname === location.pathname && a.search === location.search;
      const target = a.hash ? document.getElementById(decodeURIComponent(a.hash.slice(1))) : null;
      return { text: a.textContent.trim().slice(0, 40), href: a.getAttribute('href'), leads: !samePage || target !== null };
    }));
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((l) => !l.leads), 'links that lead nowhere').toEqual([]);

  // A card opens in place, and a link from it to a related card takes the reader there.
  const first = page.getByRole('article').first();
  await first.locator('summary').click();
  await expect(first.locator('details')).toHaveJSProperty('open', true);
  const related = first.locator('details a[href^="#open="]').first();
  const href = await related.getAttribute('href');
  await related.click();
  expect(new URL(page.url()).hash).toBe(href);
  await expect(page.locator(`article[id="${href.slice(1)}"]`), 'the related card is scrolled to').toBeInViewport();
});
