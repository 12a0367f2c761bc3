// Issue 22: on a phone the comparison stacks: one section per model, in the order picked, each with every row
// (no table wider than the screen to scroll sideways), and its swap and Remove controls.
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

test('three compared models stack one after the other', async ({ page }) => {
  await openApp(page, '#view=compare&cmp=liaison,embedded,rotation');
  const view = widget(page).getByRole('region', { name: 'Compare models' });
  await expect(view.getByRole('table')).toBeHidden();
  const names = ['Liaison', 'Embedded', 'Rotation'];
  const boxes = [];
  for (const name of names) {
    const section = view.getByRole('region', { name, exact: true });
    await expect(section.getByRole('heading', { level: 3, name })).toBeVisible();
    await expect(section.getByRole('term')).toHaveCount(11);
    await expect(section.getByRole('term').nth(1)).toHaveText(/^Summary/);
    await expect(section.getByRole('combobox', { name: `Swap ${name} for` })).toBeVisible();
    boxes.push(await section.boundingBox());
  }
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i].y, `${names[i]} comes below ${names[i - 1]}`).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height);
    expect(boxes[i].x).toBeCloseTo(boxes[0].x, 0);
  }
  expect(await page.evaluate(() => document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(375);

  // Remove works here too: two sections remain.
  await view.getByRole('region', { name: 'Embedded', exact: true }).getByRole('button', { name: 'Remove Embedded' }).click();
  await expect(view.getByRole('region', { name: 'Embedded', exact: true })).toHaveCount(0);
  await expect(view.getByRole('region', { name: 'Rotation', exact: true })).toBeVisible();
});
