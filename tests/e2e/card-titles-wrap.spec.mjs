// Issue 22: card titles wrap between words (at spaces, hyphens and slashes), never inside a word that would fit on
// a line of its own ("Centralized/decentrali | zed" was the bug); and a title stays inside its card.
import { test, expect } from '@playwright/test';
import { TOTAL, cards, openApp } from './helpers.mjs';

/**
 * Runs in the page, for one card: every line break inside its title that falls between two letters, with the width
 * of the run of letters it splits and the width the card gives its content; and whether the title overflows.
 */
function titleBreaks(article) {
  const h = article.querySelector('h3');
  const cs = getComputedStyle(article);
  const room = article.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  // Characters with their boxes, across the title's text nodes (a <wbr> may split it).
  const chars = [];
  const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode()); ) {
    for (let i = 0; i < n.data.length; i++) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      chars.push({ ch: n.data[i], rect: r.getClientRects()[0] ?? null });
    }
  }
  const letter = (c) => /\p{L}/u.test(c);
  const breaks = [];
  for (let i = 1; i < chars.length; i++) {
    const [a, b] = [chars[i - 1], chars[i]];
    if (!a.rect || !b.rect || !letter(a.ch) || !letter(b.ch) || b.rect.top < a.rect.bottom - 2) continue;
    // The run of letters the break splits, measured as if on one line.
    let s = i - 1;
    while (s > 0 && letter(chars[s - 1].ch)) s--;
    let e = i;
    while (e + 1 < chars.length && letter(chars[e + 1].ch)) e++;
    const word = chars.slice(s, e + 1).map((c) => c.ch).join('');
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = word;
    h.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    breaks.push({ word, at: `${a.ch}|${b.ch}`, width: Math.round(width), room: Math.round(room) });
  }
  const box = h.getBoundingClientRect();
  const card = article.getBoundingClientRect();
  const inside = box.left >= card.left - 0.5 && box.right <= card.right + 0.5 && h.scrollWidth <= h.clientWidth + 1;
  return { title: h.textContent, breaks, inside };
}

for (const width of [375, 1280]) {
  test.describe(`${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('card titles break only between words, unless a word alone is wider than the card', async ({ page }) => {
      await openApp(page);
      await expect(cards(page)).toHaveCount(TOTAL);
      const all = [];
      for (const c of await cards(page).all()) all.push(await c.evaluate(titleBreaks));
      expect(all).toHaveLength(TOTAL);
      const wrong = all.flatMap((t) => t.breaks.filter((b) => b.width <= b.room).map((b) => `${t.title}: ${b.at} inside "${b.word}" (${b.width}px, the card has ${b.room}px)`));
      expect(wrong, 'titles broken inside a word that fits the card').toEqual([]);
      const outside = all.filter((t) => !t.inside).map((t) => t.title);
      expect(outside, 'titles running outside their card').toEqual([]);
      // The long title of the catalogue does wrap (at the slash or the space), so this measured something.
      const long = all.find((t) => t.title.startsWith('Centralized/decentralized'));
      expect(long).toBeTruthy();
    });
  });
}
