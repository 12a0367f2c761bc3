// Benchmark of the release build in dist/ (run by `cargo xtask bench` after `trunk build --release`, or by hand with
// `node tests/bench/bench.mjs` once dist/ is built). In headless Debian Chromium against 127.0.0.1, each file sent
// brotli- or gzip-compressed as a host sends it (never downloads a browser). Each timing is a median over repeated cold loads (a fresh browser context each: empty HTTP cache, no
// compiled-wasm cache, service workers blocked):
//   - file sizes (raw, gzip -9, brotli q11) and the bytes of a first load (index.html and what it pulls in);
//   - what the static page costs a reader, as fetched in cold loads: the page, the app (every other file it
//     fetches), the bytes first paint needs and those downloaded before it, against the budgets (page <= 28 KB gzip,
//     app <= 195 KB gzip; budgets.mjs, which `cargo xtask test` runs, holds them);
//   - time to first card (the app's `cm-first-card` mark), first contentful paint, largest contentful paint and
//     cumulative layout shift (PerformanceObserver 'paint' / 'largest-contentful-paint' / 'layout-shift', buffered);
//   - time to interactive: from navigation start until the search box responds (an input event changes the status);
//   - search latency, keystroke to DOM (and to the next paint), with the 27 real models (the real page, widget in a
//     shadow root) and with 1000 and 5000 synthetic models (bench.html, built here into target/bench-dist, app
//     rendered straight into #bench);
//   - one wizard step: click an answer, then Next; time until the next question's legend is in the DOM / painted;
//   - a check-up step: each answer until its "N of M answered" count is in the DOM, and "See the result" until the
//     verdict is drawn;
//   - Lighthouse (mobile preset): performance, accessibility, best practices and SEO scores and the audits not passed.
// Writes bench-results/latest.json (stable keys, so two runs can be diffed) and prints a summary; `cargo xtask bench`
// first writes where the wasm's bytes go (by crate and source file) to the file named by CM_WASM_PARTS, which is
// copied under `wasm_parts`.
//
// Environment: BENCH_RUNS (cold loads per figure, default 10), BENCH_SCALE=0 (skip the 1000/5000-model build and
// runs), BENCH_LIGHTHOUSE=0 (skip Lighthouse).
//
// This file orchestrates; the parts are util.mjs (settings and helpers), sizes.mjs (bytes), probes.mjs (the in-page
// snippets), measure.mjs (the browser timings), lighthouse.mjs and report.mjs (figures and the printed summary).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileSizes, printFileSizes, pageParts, wasmParts as readWasmParts } from './sizes.mjs';
import { budgets, recorded, verdict } from './budgets.mjs';
import { buildBenchPage, measureInBrowser, measureWouldChange } from './measure.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { searchFigures, growthFigures, printSummary } from './report.mjs';
import { DIST, PORT, BENCH_DIST, RUNS, SCALE, LIGHTHOUSE, phase, timed, serve, compressedCopy, sum, median, max, round } from './util.mjs';

const started = Date.now();
const loadStart = loadavg()[0];

// Sizes
const { sizes, firstLoadFiles, firstLoad } = fileSizes();
const wasmParts = readWasmParts();
printFileSizes({ sizes, firstLoadFiles, firstLoad });
const budgetSizes = budgets(sizes);
{
  const { before, date } = recorded();
  console.log('\nSize budgets (each file GNU gzip -9 -n; 1 KB = 1,000 B; changes since the last bench)');
  for (const l of verdict(budgetSizes, before, date).lines) console.log(l);
}

// Synthetic-data build for search at scale (built first, so that it does not compete with the timings for the CPU).
let scaleBuild = null;
if (SCALE) {
  console.log(`\nBuilding bench.html (synthetic data) into ${BENCH_DIST} …`);
  scaleBuild = await timed('bench_build', buildBenchPage);
}

// Browser measurements against dist/, then Lighthouse (its own Chromium, mobile preset) against the same server,
// which sends each file brotli- or gzip-compressed, as a host would (a copy of dist/ with precompressed siblings).
const { server, ready } = serve(compressedCopy(DIST, 'target/bench-served'), PORT);
await ready;
const url = `http://127.0.0.1:${PORT}/`;
const { load, search, wizard, checkup, scaleError, embedFold, pageCost } = await measureInBrowser(url, sizes, scaleBuild);
let lighthouse = null;
if (LIGHTHOUSE) lighthouse = await timed('lighthouse', () => runLighthouse(url));
server.kill();

// Results
const s27 = searchFigures(search, 27);
const s1000 = SCALE ? searchFigures(search, 1000) : null;
const s5000 = SCALE ? searchFigures(search, 5000) : null;
const b27 = SCALE ? searchFigures(search, 'bench27') : null;
const growth = growthFigures(s27, b27, s1000, s5000);

const results = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  date: new Date().toISOString().slice(0, 10),
  runs: RUNS,
  files: sizes,
  first_load_files: [...firstLoadFiles].sort(),
  first_load_bytes: { raw: sum(firstLoad, 'raw'), gzip: sum(firstLoad, 'gzip'), brotli: sum(firstLoad, 'brotli') },
  script_embed_below_fold_bytes_gzip: embedFold,
  static_page_bytes: pageCost,
  // The budgets' parts, as budgets.mjs measures them from dist/ (the test compares with these).
  budgets: budgetSizes,
  // Where the page's gzip bytes go (the pre-rendered cards' details, their source lists and marks).
  page_parts: pageParts(),
  // Where the wasm's bytes go (cargo xtask bench writes it before this script runs; null when run by hand).
  wasm_parts: wasmParts,
  first_card_ms_median: Math.round(median(load.firstCard)),
  search_latency_ms_median_27_models: s27 ? s27.dom_ms_median : null,
  search_latency_ms_max_27_models: s27 ? s27.dom_ms_max : null,
  time_to_interactive_ms_median: round(median(load.tti), 0),
  time_to_interactive_ms_max: round(max(load.tti), 0),
  time_to_interactive_probes_median: median(load.ttiProbes),
  first_contentful_paint_ms_median: round(median(load.fcp), 0),
  largest_contentful_paint_ms_median: round(median(load.lcp), 0),
  cumulative_layout_shift_median: round(median(load.cls), 4),
  cumulative_layout_shift_max: round(max(load.cls), 4),
  search_latency_ms_median_1000_models: s1000 ? s1000.dom_ms_median : null,
  search_latency_ms_max_1000_models: s1000 ? s1000.dom_ms_max : null,
  search_latency_ms_median_5000_models: s5000 ? s5000.dom_ms_median : null,
  search_latency_ms_max_5000_models: s5000 ? s5000.dom_ms_max : null,
  search_latency: { real_27: s27, bench_27: b27, bench_1000: s1000, bench_5000: s5000, growth, error: scaleError },
  wizard_step_ms_median: round(median(wizard.dom), 2),
  wizard_step_ms_max: round(max(wizard.dom), 2),
  wizard_step_paint_ms_median: round(median(wizard.paint), 2),
  wizard_step_samples: wizard.dom.length,
  checkup_answer_ms_median: round(median(checkup.answer), 2),
  checkup_answer_ms_max: round(max(checkup.answer), 2),
  checkup_answer_paint_ms_median: round(median(checkup.answerPaint), 2),
  checkup_answer_samples: checkup.answer.length,
  checkup_result_ms_median: round(median(checkup.result), 2),
  checkup_result_ms_max: round(max(checkup.result), 2),
  checkup_result_paint_ms_median: round(median(checkup.resultPaint), 2),
  checkup_result_samples: checkup.result.length,
  lighthouse,
  // 1-minute load average at the start and the end: well above the core count, the timings are noisy.
  load_average: { start: round(loadStart, 2), end: round(loadavg()[0], 2) },
  phase_seconds: phase,
  total_seconds: Math.round((Date.now() - started) / 100) / 10,
};

printSummary(results);
// "What would change the answer" (issue 12), on bench.html (see measure.mjs).
if (SCALE && scaleBuild?.ok) await measureWouldChange(results);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('written to bench-results/latest.json');
if (existsSync('target/lighthouse-report.json') && LIGHTHOUSE && lighthouse?.ok) console.log('full Lighthouse report: target/lighthouse-report.json');
