// The map's axis labels stay clear of the models: a row's label once ran under the first column's model
// ("How teams work together" over "Independent executor"), hiding part of both.
import { test, expect } from '@playwright/test';
import { TOTAL, openApp, widget } from './helpers.mjs';

for (const width of [1280, 375]) {
  test(`no axis label overlaps a model on the map at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openApp(page, '#view=map');
    const map = widget(page).getByRole('region', { name: 'Map of the models' });
    await expect(map.getByRole('link', { name: /: open its card$/ })).toHaveCount(TOTAL);
    const overlaps = await map.evaluate((region) => {
      const box = (el) => el.getBoundingClientRect();
      const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const labels = [...region.querySelectorAll('.cm-axis-label')];
      const nodes = [...region.querySelectorAll('a.cm-node')];
      return labels.flatMap((l) => nodes.filter((n) => meets(box(l), box(n)))
        .map((n) => `${l.textContent} / ${n.getAttribute('aria-label')}`));
    });
    expect(overlaps).toEqual([]);
  });
}
