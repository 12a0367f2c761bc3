// Issue 22: `?theme=dark` on the static page darkens the page around the widget too, so a dark widget does not sit
// in a white frame; `?theme=light` does the same the other way round when the system is dark.
import { test, expect } from '@playwright/test';
import { cards, waitForLive, widget } from './helpers.mjs';
import { luminance, pixelAt, rgb } from './look-helpers.mjs';

const cases = [
  { theme: 'dark', system: 'light', dark: true },
  { theme: 'light', system: 'dark', dark: false },
];

for (const width of [375, 1280]) {
  for (const { theme, system, dark } of cases) {
    test.describe(`${width}px, ?theme=${theme} on a ${system} system`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: system });

      test('the page around the widget has the widget\'s colour', async ({ page }) => {
        await page.goto(`/?theme=${theme}`);
        await waitForLive(page);
        await expect(cards(page).first()).toBeVisible();
        const root = await widget(page).locator('.cm-root').evaluate((el) => getComputedStyle(el).backgroundColor);
        const widgetDark = luminance(rgb(root)) < 0.2;
        expect(widgetDark, `the widget itself is ${theme}`).toBe(dark);
        // The top left corner is the page's margin, outside the widget, at both widths.
        const corner = await pixelAt(page, 3, 3);
        expect(luminance(corner) < 0.2, `page corner rgb(${corner}) is as ${theme} as the widget (${root})`).toBe(dark);
        // And the page below the widget's content, past its end, too.
        await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight));
        const bottom = await pixelAt(page, Math.floor(width / 2), 795);
        expect(luminance(bottom) < 0.2, `page bottom rgb(${bottom})`).toBe(dark);
      });
    });
  }
}
