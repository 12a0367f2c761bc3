// The size budgets (issue 21): the app (wasm, JS glue, CSS, embed.js, icon.svg) at most 195,000 bytes and the static
// page (index.html) at most 28,000 bytes, each file's size as GNU `gzip -9 -n` gives it (1 KB = 1,000 bytes). Sizes
// are deterministic, so this is a test, not a benchmark: `cargo xtask test` runs this file right after the release
// build and fails when either budget is passed, saying by how much and which part grew since the figures the last
// `cargo xtask bench` recorded (bench-results/latest.json, under `budgets`). The bench prints the same table and
// records it (bench.mjs imports this file).
//
// `node tests/bench/budgets.mjs` checks dist/ (exit 1 when a budget is passed).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fileSizes } from './sizes.mjs';
import { APP_BUDGET_GZIP, PAGE_BUDGET_GZIP } from './util.mjs';

/** The two budgets and the files each counts, by part: [name, what the file name looks like]. */
export const BUDGETS = [
  {
    name: 'app',
    what: 'the app (every file the static page fetches after itself)',
    budget: APP_BUDGET_GZIP,
    parts: [
      ['wasm', /_bg\.wasm$/],
      ['JS glue', /^coordination-models-[0-9a-f]+\.js$/],
      ['CSS', /^style-[0-9a-f]+\.css$/],
      ['embed.js', /^embed\.js$/],
      ['icon.svg', /^icon\.svg$/],
    ],
  },
  { name: 'page', what: 'the static page', budget: PAGE_BUDGET_GZIP, parts: [['index.html', /^index\.html$/]] },
];

/**
 * Each budget with its parts' gzip sizes, from the bench's file sizes (`fileSizes().sizes`):
 * `{ app: { budget, gzip, parts: [{ part, file, gzip }] }, page: {...} }`. Throws when a part is not in the build
 * exactly once.
 */
export function budgets(sizes) {
  return Object.fromEntries(BUDGETS.map(({ name, budget, parts }) => {
    const found = parts.map(([part, re]) => {
      const files = sizes.filter((s) => re.test(s.file));
      if (files.length !== 1) throw new Error(`budgets: ${files.length} files of dist/ match the ${part} (${re}): ${files.map((f) => f.file).join(', ') || 'none'}`);
      return { part, file: files[0].file, gzip: files[0].gzip };
    });
    return [name, { budget, gzip: found.reduce((a, p) => a + p.gzip, 0), parts: found }];
  }));
}

const n = (x) => x.toLocaleString('en-US');
const signed = (x) => (x > 0 ? `+${n(x)}` : x < 0 ? `−${n(-x)}` : '±0');

/**
 * The verdict on `now` (what `budgets` returns) against `before` (the same, as the last bench recorded it, or
 * null) from the bench of `date`: the lines to print, and one failure message per budget passed, which says by how
 * much and which parts grew since that bench.
 */
export function verdict(now, before, date) {
  const lines = [];
  const failures = [];
  for (const { name, what } of BUDGETS) {
    const b = now[name];
    const was = before?.[name];
    const left = b.budget - b.gzip;
    lines.push(`${what}: ${n(b.gzip)} B of ${n(b.budget)} B, ${left >= 0 ? `${n(left)} B left` : `${n(-left)} B OVER`}`);
    const changes = b.parts.map((p) => {
      const old = was?.parts.find((q) => q.part === p.part)?.gzip;
      return { ...p, old, change: old == null ? null : p.gzip - old };
    });
    for (const p of changes) {
      lines.push(`  ${p.part.padEnd(12)}${n(p.gzip).padStart(9)} B${p.change == null ? '' : `   ${signed(p.change)} B since the bench of ${date}`}   (${p.file})`);
    }
    if (left >= 0) continue;
    const grew = changes.filter((p) => p.change > 0).sort((x, y) => y.change - x.change);
    const why = !was
      ? `no earlier figures to compare with (\`cargo xtask bench\` records them); by part: ${changes.map((p) => `${p.part} ${n(p.gzip)} B`).join(', ')}`
      : grew.length
        ? `since the bench of ${date} (${n(was.gzip)} B) it ${b.gzip >= was.gzip ? 'grew' : 'shrank'} by ${n(Math.abs(b.gzip - was.gzip))} B; the parts that grew: ${grew.map((p) => `${p.part} ${signed(p.change)} B (${n(p.old)} → ${n(p.gzip)})`).join(', ')}`
        : `no part grew since the bench of ${date}, which measured ${n(was.gzip)} B`;
    failures.push(`${what} is ${n(b.gzip)} B gzip -9, ${n(-left)} B over its budget of ${n(b.budget)} B; ${why}`);
  }
  return { lines, failures };
}

/** The figures the last bench recorded: { before, date } (before is null when there are none). */
export function recorded(file = 'bench-results/latest.json') {
  if (!existsSync(file)) return { before: null, date: null };
  const results = JSON.parse(readFileSync(file, 'utf8'));
  return { before: results.budgets ?? null, date: results.date ?? null };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const now = budgets(fileSizes().sizes);
  const { before, date } = recorded();
  const { lines, failures } = verdict(now, before, date);
  console.log('Size budgets (dist/, each file GNU gzip -9 -n; 1 KB = 1,000 B)');
  for (const l of lines) console.log(l);
  for (const f of failures) console.error(`\nBUDGET PASSED: ${f}`);
  process.exitCode = failures.length ? 1 : 0;
}
