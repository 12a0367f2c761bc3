// Issue "catalogue": the widget fits a 320px screen and follows a dark colour scheme.
import { test, expect } from '@playwright/test';
import { TOTAL, cards, openApp, widget, detailsToggle } from './helpers.mjs';

test.describe('at 320px wide', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('there is no horizontal scrolling and the cards are visible', async ({ page }) => {
    await openApp(page);
    await expect(cards(page)).toHaveCount(TOTAL);
    await expect(cards(page).first()).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.scrollingElement.scrollWidth,
      client: document.scrollingElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(320);
    const box = await cards(page).first().boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);

    // Still no overflow with a card open and in the wizard.
    await detailsToggle(cards(page).first()).click();
    await expect(cards(page).first().getByRole('heading', { name: 'When to use it' })).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Help me choose' }).click();
    await expect(widget(page).getByRole('checkbox').first()).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('with a dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the widget root has a dark background and light text', async ({ page }) => {
    await openApp(page);
    const colours = await widget(page).locator('.cm-root').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { bg: cs.backgroundColor, fg: cs.color };
    });
    const luminance = (css) => {
      const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect(luminance(colours.bg), `background ${colours.bg}`).toBeLessThan(0.1);
    expect(luminance(colours.fg), `text ${colours.fg}`).toBeGreaterThan(0.5);
  });
});
