// prefers-reduced-motion: with 'reduce', nothing inside the widget's shadow root (elements and their ::before and
// ::after) has a non-zero transition or animation duration, in every view; with 'no-preference' at least one element
// (a card) does, so the check can fail.
import { test, expect } from '@playwright/test';
import { openApp, widget, waitForLive } from './helpers.mjs';

/** Waits until the app itself has rendered into the widget's shadow root (not only a server-rendered copy). */
async function appReady(page) {
  await waitForLive(page);
}

const views = [
  { name: 'catalogue', hash: '', ready: (page) => widget(page).getByRole('region', { name: 'Catalogue' }).getByRole('article').first() },
  { name: 'open card', hash: '#open=liaison', ready: (page) => widget(page).getByRole('heading', { name: 'When to use it' }).first() },
  { name: 'wizard question', hash: '#view=wizard', ready: (page) => widget(page).getByRole('group', { name: 'What problem are you trying to solve?' }) },
  { name: 'wizard results', hash: '#view=wizard&a=problem.urgent,priority.yes,duration.weeks,teams.several,reorg.lend,work.unsure,context.joint&step=results', ready: (page) => widget(page).getByRole('heading', { level: 2, name: 'Your best-fitting models' }) },
  { name: 'compare', hash: '#view=compare&cmp=liaison,embedded', ready: (page) => widget(page).getByRole('table') },
  { name: 'map', hash: '#view=map', ready: (page) => widget(page).getByRole('heading', { level: 2, name: 'How the models relate' }) },
];

/** Elements inside the widget's shadow root with a non-zero transition or animation duration, described. */
function moving(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-coordination-models]').shadowRoot;
    const nonZero = (list) => list.split(',').some((d) => parseFloat(d) > 0);
    const out = [];
    const describe = (el) => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${cls}`;
    };
    for (const el of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        if (pseudo && cs.content === 'none') continue;
        const t = cs.transitionDuration;
        const a = cs.animationName !== 'none' ? cs.animationDuration : '0s';
        if (nonZero(t) || nonZero(a)) out.push(`${describe(el)}${pseudo ?? ''} transition ${cs.transitionProperty} ${t}; animation ${cs.animationName} ${a}`);
      }
    }
    return { count: root.querySelectorAll('*').length, out };
  });
}

test.describe('reduced motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });
  for (const view of views) {
    test(`${view.name}: no element in the widget transitions or animates`, async ({ page }) => {
      await openApp(page, view.hash);
      await appReady(page);
      await expect(view.ready(page)).toBeVisible();
      const { count, out } = await moving(page);
      expect(count, 'elements inspected in the shadow root').toBeGreaterThan(20);
      expect(out, `moving elements with prefers-reduced-motion: reduce (${view.name})`).toEqual([]);
    });
  }
});

test.describe('reduced motion: no-preference', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('catalogue: the cards do transition (so the check above can fail)', async ({ page }) => {
    await openApp(page);
    await appReady(page);
    await expect(views[0].ready(page)).toBeVisible();
    const { out } = await moving(page);
    expect(out.length, 'elements with a non-zero transition or animation duration').toBeGreaterThan(0);
    expect(out.some((d) => d.startsWith('article.') && d.includes('cm-card')), `a card transitions; found: ${out.slice(0, 5).join(' | ')}`).toBe(true);
  });
});
