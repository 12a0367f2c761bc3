// Issue 22: sorted by fit, the poor fits (at the end) still look set back from the good ones, but without fading
// their text: title and summary keep WCAG AA contrast (4.5:1) against the card (axe checks the whole view too).
import { test, expect } from '@playwright/test';
import { TOTAL, cards, openApp, widget } from './helpers.mjs';
import { contrast, rgb } from './look-helpers.mjs';

const ANSWERS = 'a=problem.urgent,priority.yes,duration.weeks,teams.several,reorg.lend,work.unsure,context.joint';

/** Runs in the page: how a card looks (its background, border, opacity) and the contrast colours of its texts. */
function look(article) {
  const cs = getComputedStyle(article);
  let opacity = 1;
  for (let e = article; e; e = e.parentElement || e.getRootNode().host) opacity *= Number(getComputedStyle(e).opacity);
  const text = [article.querySelector('h3'), article.querySelector('.cm-summary')].map((el) => getComputedStyle(el).color);
  return { background: cs.backgroundColor, border: cs.borderTopColor, style: cs.borderLeftStyle, opacity, text };
}

for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test.describe(`${scheme}, ${width}px`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

      test('poor fits look set back, with their text at full contrast', async ({ page }) => {
        await openApp(page, `#${ANSWERS}&sort=fit`);
        await expect(widget(page).getByRole('checkbox', { name: 'Sort by fit to my wizard answers' })).toBeChecked();
        await expect(cards(page)).toHaveCount(TOTAL);
        const best = await cards(page).first().evaluate(look);
        const poor = await cards(page).last().evaluate(look);
        // Set back: drawn differently from the best fit (background or border).
        expect(poor.background !== best.background || poor.style !== best.style, 'a poor fit looks different').toBe(true);
        // Not by fading the whole card, which fades its text too.
        expect(poor.opacity).toBe(1);
        for (const colour of poor.text) {
          expect(contrast(rgb(colour), rgb(poor.background)), `${colour} on ${poor.background}`).toBeGreaterThanOrEqual(4.5);
        }
      });
    });
  }
}
