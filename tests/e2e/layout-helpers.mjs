// Helpers for the layout specs: a host page whose column has a given width (the widget lays out by its own width,
// not the window's), and what "fits" means: no horizontal scroll and no two parts drawn over each other.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from '@playwright/test';
import { waitForLive } from './helpers.mjs';
import { fixtureUrl, hostPage, servePage } from './host-helpers.mjs';

/** The column widths the layout is checked at, in a 1280 px window. */
export const COLUMNS = [320, 600, 960];

/** Below this width (of the widget itself) the layout is the narrow one. */
export const NARROW_BELOW = 640;

/** Opens a host page (in the current window) whose article column is `width` px wide, with the widget in it. */
export async function openInColumn(page, width, attributes = '') {
  const url = fixtureUrl(`column-${width}.html`);
  await servePage(page, url, hostPage(`<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; }
  .layout { display: flex; gap: 32px; padding: 24px; }
  main { width: ${width}px; flex: none; }
  aside { flex: 1; min-width: 0; }
</style>
<div class="layout">
  <main>
    <h1>Working across teams</h1>
    <p>A paragraph of the post before the widget.</p>
    <div data-coordination-models ${attributes}></div>
    <p>A paragraph after it.</p>
  </main>
  <aside><h2>About</h2><p>The blog's sidebar.</p></aside>
</div>`));
  await page.goto(url);
  await waitForLive(page);
}

/** The widget's root (inside its shadow root). */
export function root(page) {
  return page.locator('[data-coordination-models] .cm-root');
}

/** Expects neither the page nor the widget to scroll sideways. */
export async function expectNoHorizontalScroll(page) {
  const widths = await page.evaluate(() => {
    const r = document.querySelector('[data-coordination-models]').shadowRoot.querySelector('.cm-root');
    return { page: document.scrollingElement.scrollWidth, window: innerWidth, root: r.scrollWidth, rootBox: r.clientWidth };
  });
  expect(widths.page, 'the page scrolls sideways').toBeLessThanOrEqual(widths.window);
  expect(widths.root, 'the widget is wider than its column').toBeLessThanOrEqual(widths.rootBox);
}

/**
 * Expects the visible parts matched by `selectors` (inside the widget) to lie within the widget and not to be
 * drawn over each other (boxes may touch). Returns how many boxes were checked.
 */
export async function expectNoOverlap(page, selectors) {
  const { boxes, frame } = await page.evaluate((list) => {
    const r = document.querySelector('[data-coordination-models]').shadowRoot.querySelector('.cm-root');
    const f = r.getBoundingClientRect();
    const out = [];
    for (const s of list) {
      for (const el of r.querySelectorAll(s)) {
        if (!el.checkVisibility({ visibilityProperty: true })) continue;
        const b = el.getBoundingClientRect();
        if (b.width === 0 || b.height === 0) continue;
        out.push({ name: `${s} "${el.textContent.trim().replace(/\s+/g, ' ').slice(0, 30)}"`, x: b.x, y: b.y, r: b.right, b: b.bottom });
      }
    }
    return { boxes: out, frame: { x: f.x, y: f.y, r: f.right, b: f.bottom } };
  }, selectors);
  const slack = 0.5;
  for (const b of boxes) {
    expect(b.x >= frame.x - slack && b.r <= frame.r + slack, `${b.name} lies within the widget (${b.x}..${b.r} in ${frame.x}..${frame.r})`).toBe(true);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const c = boxes[j];
      const apart = a.r <= c.x + slack || c.r <= a.x + slack || a.b <= c.y + slack || c.b <= a.y + slack;
      expect(apart, `${a.name} and ${c.name} overlap`).toBe(true);
    }
  }
  return boxes.length;
}

/** The parts of the catalogue view checked for overlaps: header, tabs, controls, status and the first cards. */
export const CATALOGUE_PARTS = [
  '.cm-title', '.cm-lede', '.cm-tabs > *', '.cm-search', '.cm-filters > summary', '.cm-facet',
  '.cm-status', '.cm-cell:nth-child(-n+6) > .cm-card',
];

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe (WCAG 2.x A and AA) on the page, widget included, and expects no violation. */
export async function expectAxeClean(page, what) {
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-coordination-models]')?.shadowRoot;
    return r && r.getAnimations().length === 0 && document.getAnimations().length === 0;
  });
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  });
  expect(violations, `axe violations (${what})`).toEqual([]);
}
