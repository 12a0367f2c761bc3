// Issue 22: on a touch screen the map shows its text form first, open, and its help speaks of tapping, not
// hovering; with a mouse the drawing comes first and the text form is folded.
import { test, expect } from '@playwright/test';
import { openApp, widget } from './helpers.mjs';

async function parts(page) {
  const map = widget(page).getByRole('region', { name: 'Map of the models' });
  await expect(map.getByRole('heading', { level: 2, name: 'How the models relate' })).toBeVisible();
  const text = map.locator('details.cm-map-text');
  const drawing = map.locator('.cm-map-scroll');
  return { map, text, drawing };
}

test.describe('a touch phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  test('the text form comes first, open, and nothing says "hover"', async ({ page }) => {
    await openApp(page, '#view=map');
    const { map, text, drawing } = await parts(page);
    await expect(text).toHaveJSProperty('open', true);
    await expect(text.getByRole('listitem').first()).toBeInViewport();
    expect((await text.boundingBox()).y).toBeLessThan((await drawing.boundingBox()).y);
    await expect(map).not.toContainText(/hover/i);
    await expect(map).toContainText('Tap a model');
  });
});

test.describe('a mouse', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test('the drawing comes first and the text form is folded', async ({ page }) => {
    await openApp(page, '#view=map');
    const { map, text, drawing } = await parts(page);
    await expect(text).toHaveJSProperty('open', false);
    expect((await drawing.boundingBox()).y).toBeLessThan((await text.boundingBox()).y);
    await expect(map).toContainText('Hover or focus a model');
  });
});
