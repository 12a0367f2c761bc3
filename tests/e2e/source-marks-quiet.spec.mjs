// Issue 22: the source marks after each statement (1, a, ours) are small and quiet, so they stop crowding the text,
// yet every statement still shows its mark and each mark stays readable (WCAG AA contrast, 4.5:1).
import { test, expect } from '@playwright/test';
import { card, openApp } from './helpers.mjs';
import { contrast, rgb } from './look-helpers.mjs';

/** Runs in the page: a mark's size against its text's, weight, visibility, and colours of mark, text and background. */
function measureMark(sup) {
  const own = getComputedStyle(sup);
  const around = getComputedStyle(sup.parentElement);
  let background = 'rgb(255, 255, 255)';
  for (let e = sup; e; e = e.parentElement || e.getRootNode().host) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg !== 'transparent' && !/,\s*0\)$/.test(bg)) {
      background = bg;
      break;
    }
  }
  const box = sup.getBoundingClientRect();
  return {
    mark: sup.textContent,
    visible: box.width > 0 && box.height > 0 && own.visibility === 'visible',
    size: parseFloat(own.fontSize) / parseFloat(around.fontSize),
    weight: Number(own.fontWeight),
    colour: own.color,
    text: around.color,
    background,
  };
}

for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test.describe(`${scheme}, ${width}px`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });

      test('each statement keeps its mark, drawn smaller and fainter than the text, still readable', async ({ page }) => {
        await openApp(page, '#open=liaison');
        const liaison = card(page, 'Liaison');
        const uses = liaison.getByRole('heading', { name: 'When to use it' });
        await expect(uses).toBeVisible();
        // Every statement under "When to use it" ends with its mark.
        const statements = uses.locator('xpath=following-sibling::ul[1]/li');
        expect(await statements.count()).toBeGreaterThan(1);
        await expect(uses.locator('xpath=following-sibling::ul[1]/li[sup]')).toHaveCount(await statements.count());

        const marks = [];
        for (const sup of await liaison.locator('sup').all()) marks.push(await sup.evaluate(measureMark));
        expect(marks.length).toBeGreaterThan(10);
        for (const m of marks) {
          const ratio = contrast(rgb(m.colour), rgb(m.background));
          const what = `mark "${m.mark}" (${m.colour} on ${m.background}, ${ratio.toFixed(2)}:1)`;
          expect.soft(m.visible, `${what} is visible`).toBe(true);
          expect.soft(m.size, `${what} is at most 0.65 of its text's size`).toBeLessThanOrEqual(0.65);
          expect.soft(m.weight, `${what} is not bold`).toBeLessThanOrEqual(400);
          expect.soft(ratio, `${what} stays readable`).toBeGreaterThanOrEqual(4.5);
          expect.soft(ratio, `${what} is fainter than muted text`).toBeLessThanOrEqual(5.5);
          expect.soft(ratio, `${what} is fainter than its statement`).toBeLessThan(contrast(rgb(m.text), rgb(m.background)));
        }
      });
    });
  }
}
