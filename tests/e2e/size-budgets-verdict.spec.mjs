// Issue 21: the size budget test (tests/bench/budgets.mjs, run by `cargo xtask test` right after the release build)
// fails when a budget is passed and says by how much and which part grew. Here its verdict on made-up file sizes
// (the check itself runs on dist/ in the test command, not here).
import { test, expect } from '@playwright/test';
import { budgets, verdict } from '../bench/budgets.mjs';

/** A release build's files as the bench lists them (only the gzip sizes matter), with `grow` bytes added. */
function build(grow = {}) {
  const files = {
    'coordination-models-0123abcd_bg.wasm': ['wasm', 180_000],
    'coordination-models-0123abcd.js': ['JS glue', 6_000],
    'style-4567ef.css': ['CSS', 4_000],
    'embed.js': ['embed.js', 1_900],
    'icon.svg': ['icon.svg', 230],
    'index.html': ['index.html', 27_500],
    'coordination-models.html': ['(not counted)', 300_000],
    'icon-512.png': ['(not counted)', 12_000],
  };
  return budgets(Object.entries(files).map(([file, [part, gzip]]) => ({ file, raw: 0, gzip: gzip + (grow[part] ?? 0), brotli: 0 })));
}

test('a wasm and CSS grown past the app budget fail, naming the bytes over and the parts that grew', () => {
  const before = build();
  expect(before.app.gzip, 'the made-up app is within its budget').toBe(192_130);
  expect(verdict(before, before, '2026-12-07').failures).toEqual([]);
  const { failures, lines } = verdict(build({ wasm: 4_004, CSS: 100 }), before, '2026-12-07');
  expect(failures).toEqual([
    'the app (every file the static page fetches after itself) is 196,234 B gzip -9, 1,234 B over its budget of 195,000 B; '
      + 'since the bench of 2026-12-07 (192,130 B) it grew by 4,104 B; the parts that grew: wasm +4,004 B (180,000 → 184,004), CSS +100 B (4,000 → 4,100)',
  ]);
  expect(lines).toContain('the app (every file the static page fetches after itself): 196,234 B of 195,000 B, 1,234 B OVER');
});

test('a page past its budget with no earlier figures lists its parts', () => {
  const { failures } = verdict(build({ 'index.html': 501 }), null, null);
  expect(failures).toEqual([
    'the static page is 28,001 B gzip -9, 1 B over its budget of 28,000 B; no earlier figures to compare with (`cargo xtask bench` records them); by part: index.html 28,001 B',
  ]);
});
