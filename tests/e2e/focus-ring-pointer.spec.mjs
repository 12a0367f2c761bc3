// Issue 22: after a click or a tap moves to the next question (or to a related card), focus still moves to its
// heading, for screen readers, but no focus ring is drawn round it; after the same move by keyboard, the ring shows.
import { test, expect } from '@playwright/test';
import { card, openApp, widget } from './helpers.mjs';

const FIRST = 'What problem are you trying to solve?';

/** The focused element inside the widget: its tag, its text, and whether a focus ring (outline or shadow) is drawn. */
function focused(page) {
  return widget(page).evaluate((host) => {
    const el = host.shadowRoot.activeElement;
    if (!el) return { tag: 'none' };
    const cs = getComputedStyle(el);
    const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
    return { tag: el.tagName.toLowerCase(), text: el.textContent.trim(), ring };
  });
}

/** Waits until focus has left `from` for a heading or legend, and returns it. */
async function focusMoved(page, from) {
  await expect.poll(async () => {
    const f = await focused(page);
    return /^(legend|h[1-4])$/.test(f.tag) && f.text !== from;
  }).toBe(true);
  return focused(page);
}

for (const width of [375, 1280]) {
  const touch = width < 600;
  const how = touch ? 'tap' : 'click';
  test.describe(`${width}px`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: touch, isMobile: touch });

    test(`Next by ${how} focuses the next question, without a ring`, async ({ page }) => {
      await openApp(page, '#view=wizard');
      const option = widget(page).getByRole('group', { name: FIRST }).getByRole('checkbox').first();
      const next = widget(page).getByRole('button', { name: /^Next/ });
      await (touch ? option.tap() : option.click());
      await (touch ? next.tap() : next.click());
      const moved = await focusMoved(page, FIRST);
      expect(moved.tag).toBe('legend');
      expect(moved.ring, `no ring on "${moved.text}" after a ${how}`).toBe(false);
    });

    test('Next by keyboard focuses the next question, with a ring', async ({ page }) => {
      await openApp(page, '#view=wizard');
      await widget(page).getByRole('group', { name: FIRST }).getByRole('checkbox').first().focus();
      await page.keyboard.press('Space');
      await widget(page).getByRole('button', { name: /^Next/ }).focus();
      await page.keyboard.press('Enter');
      const moved = await focusMoved(page, FIRST);
      expect(moved.tag).toBe('legend');
      expect(moved.ring, `a ring on "${moved.text}" after Enter`).toBe(true);
    });

    test(`a related model's link, by ${how}, focuses its card's heading without a ring`, async ({ page }) => {
      await openApp(page, '#open=liaison');
      const link = card(page, 'Liaison').getByRole('link', { name: 'Embedded', exact: true }).first();
      await (touch ? link.tap() : link.click());
      const heading = await focusMoved(page, 'Liaison');
      expect(heading).toMatchObject({ tag: 'h3', text: 'Embedded' });
      expect(heading.ring, `no ring on the Embedded heading after a ${how}`).toBe(false);
    });
  });
}
