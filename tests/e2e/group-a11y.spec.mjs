// Issue 12: the comparison and the decision record pass axe-core (WCAG 2.2 A/AA, inside the shadow root) in both
// colour schemes at 375 and 1280 px. As in a11y-axe.spec.mjs, axe is injected, so these tests bypass the CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';
import { SITUATIONS, compareWith, record, resultHash, resultLink, turnBanner } from './group-helpers.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.use({ bypassCSP: true });

async function audit(page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-coordination-models]')?.shadowRoot;
    return root && root.getAnimations().length === 0;
  });
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')})`);
  }, TAGS);
}

for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`comparison and decision record, ${scheme}, ${width}px: no WCAG A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, resultHash(SITUATIONS[0]));
      const c = await compareWith(page, [resultLink(SITUATIONS[1]), resultLink(SITUATIONS[2])]);
      await c.getByRole('textbox', { name: 'Name of person 1' }).fill('Ann');
      expect(await audit(page), 'comparison').toEqual([]);
      await c.getByRole('button', { name: 'Record this decision' }).click();
      await expect(record(page).getByRole('heading', { level: 2 })).toBeFocused();
      expect(await audit(page), 'decision record').toEqual([]);
    });
  }
}

// Issue 22: the warning about different problems, a tie at the top, and the banner over the wizard of the person
// answering in turn.
for (const scheme of ['light', 'dark']) {
  for (const width of [375, 1280]) {
    test(`a warned and tied comparison and the in-turn banner, ${scheme}, ${width}px: no WCAG A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, resultHash('Blocked by several teams, could work in their code, ongoing'));
      const c = await compareWith(page, [resultLink('Support escalations interrupt engineers')]);
      await expect(c.getByRole('note')).toBeVisible();
      await expect(c.locator('ol.cm-combined').getByText('tied').first()).toBeVisible();
      expect(await audit(page), 'comparison with a warning and a tie').toEqual([]);
      await c.getByRole('button', { name: 'Answer here as the next person' }).click();
      await turnBanner(page).getByRole('textbox', { name: 'Name of person 3' }).fill('Cy');
      expect(await audit(page), 'wizard with the in-turn banner').toEqual([]);
    });
  }
}
