// Benchmark of the release build in dist/ (run by `cargo xtask bench` after `trunk build --release`, or by hand with
// `node tests/bench/bench.mjs` once dist/ is built). In headless Debian Chromium against 127.0.0.1 (never downloads
// a browser). Each timing is a median over repeated cold loads (a fresh browser context each: empty HTTP cache, no
// compiled-wasm cache, service workers blocked):
//   - file sizes (raw, gzip -9, brotli q11) and the bytes of a first load (index.html and what it pulls in);
//   - what the static page costs a reader, as fetched in cold loads: the page, the app (every other file it
//     fetches), the bytes first paint needs and those downloaded before it, against the budgets (page <= 16 KB gzip,
//     app <= 120 KB gzip);
//   - time to first card (the app's `cm-first-card` mark), first contentful paint, largest contentful paint and
//     cumulative layout shift (PerformanceObserver 'paint' / 'largest-contentful-paint' / 'layout-shift', buffered);
//   - time to interactive: from navigation start until the search box responds (an input event changes the status);
//   - search latency, keystroke to DOM (and to the next paint), with the 27 real models (the real page, widget in a
//     shadow root) and with 1000 and 5000 synthetic models (bench.html, built here into target/bench-dist, app
//     rendered straight into #bench);
//   - one wizard step: click an answer, then Next; time until the next question's legend is in the DOM / painted;
//   - Lighthouse (mobile preset): performance, accessibility, best practices and SEO scores and the audits not passed.
// Writes bench-results/latest.json (stable keys, so two runs can be diffed) and prints a summary; `cargo xtask bench`
// first writes where the wasm's bytes go (by crate and source file) to the file named by CM_WASM_PARTS, which is
// copied under `wasm_parts`.
//
// Environment: BENCH_RUNS (cold loads per figure, default 10), BENCH_SCALE=0 (skip the 1000/5000-model build and
// runs), BENCH_LIGHTHOUSE=0 (skip Lighthouse).
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const DIST = 'dist';
const PORT = 4180;
const BENCH_DIST = 'target/bench-dist';
const BENCH_PORT = 4181;
const RUNS = Number(process.env.BENCH_RUNS || 10);
const SCALE = process.env.BENCH_SCALE !== '0';
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const SCALE_SIZES = [27, 1000, 5000];
const CHROME = '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const QUERIES = ['s', 'se', 'sec', 'secu', 'security', ''];
// Budgets (1 KB = 1,000 bytes): the page's HTML, and everything else the static page fetches.
const PAGE_BUDGET_GZIP = 16_000;
const APP_BUDGET_GZIP = 120_000;
const started = Date.now();
const loadStart = loadavg()[0];
const phase = {};
const timed = async (name, f) => {
  const t = Date.now();
  try {
    return await f();
  } finally {
    phase[name] = Math.round((Date.now() - t) / 100) / 10;
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Sizes

const files = readdirSync(DIST).filter((f) => statSync(`${DIST}/${f}`).isFile()).sort();
const sizes = files.map((f) => {
  const raw = readFileSync(`${DIST}/${f}`);
  return {
    file: f,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
// First load: index.html and the files it pulls in, followed through html and js (not sw.js, the manifest or the
// icon, which come later or are not needed to show the widget; not the single-file build).
const firstLoadFiles = new Set(['index.html']);
for (const queue = ['index.html']; queue.length;) {
  const text = readFileSync(`${DIST}/${queue.shift()}`, 'utf8');
  for (const f of files) {
    if (firstLoadFiles.has(f) || f === 'sw.js' || !/\.(js|css|wasm)$/.test(f) || !text.includes(f)) continue;
    firstLoadFiles.add(f);
    if (f.endsWith('.js')) queue.push(f);
  }
}
const firstLoad = sizes.filter((s) => firstLoadFiles.has(s.file));
const wasmParts = process.env.CM_WASM_PARTS && existsSync(process.env.CM_WASM_PARTS) ? JSON.parse(readFileSync(process.env.CM_WASM_PARTS, 'utf8')) : null;
const sum = (rows, k) => rows.reduce((a, r) => a + r[k], 0);

const pad = (s, n) => String(s).padStart(n);
console.log('\nRelease build files (bytes)');
console.log(`${'file'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const s of sizes) console.log(`${(firstLoadFiles.has(s.file) ? '* ' : '  ') + s.file}`.padEnd(48) + `${pad(s.raw, 10)}${pad(s.gzip, 10)}${pad(s.brotli, 10)}`);
console.log(`${'total (all files)'.padEnd(48)}${pad(sum(sizes, 'raw'), 10)}${pad(sum(sizes, 'gzip'), 10)}${pad(sum(sizes, 'brotli'), 10)}`);
console.log(`${'first load (* above)'.padEnd(48)}${pad(sum(firstLoad, 'raw'), 10)}${pad(sum(firstLoad, 'gzip'), 10)}${pad(sum(firstLoad, 'brotli'), 10)}`);

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const max = (xs) => (xs.length ? Math.max(...xs) : null);
const round = (x, d = 1) => (x == null || Number.isNaN(x) ? null : Number(x.toFixed(d)));

/** Runs a command to its end; rejects on a non-zero exit. Output goes to the log array (printed on failure). */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const log = [];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    child.stdout.on('data', (d) => log.push(String(d)));
    child.stderr.on('data', (d) => log.push(String(d)));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (code === 0) resolve(log.join(''));
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} exited ${code ?? signal}`), { log: log.join('') }));
    });
  });
}

/** Serves a folder on 127.0.0.1 with the project's static server; resolves once it listens. */
function serve(dir, port) {
  const server = spawn('cargo', ['xtask', 'static', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
    server.on('exit', (code) => reject(new Error(`server for ${dir} on ${port} exited ${code}`)));
  });
  return { server, ready };
}

/** In the page: the element the app renders into (the widget's shadow root on the real page, #bench on bench.html). */
const ROOT_FN = `() => document.querySelector('[data-coordination-models]')?.shadowRoot ?? document.querySelector('#bench')`;

// Installed before any page script: records paint, LCP and layout-shift entries from the start of the load.
const OBSERVERS = `(() => {
  if (window !== window.top) return;
  const m = (window.__cm = { fcp: null, lcp: null, shifts: [] });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) m.lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) m.shifts.push({ t: e.startTime, v: e.value, input: e.hadRecentInput }); })
      .observe({ type: 'layout-shift', buffered: true });
  } catch (e) { m.error = String(e); }
})();`;

// Installed before any page script: from the start of the load, every few ms, looks for the search box; once there,
// types a query into it (an input event) and waits up to 50 ms for the status line to change. The first time it does,
// records performance.now() (ms since navigation start) as the time to interactive.
const TTI_PROBE = `(() => {
  if (window !== window.top) return;
  const root = ${ROOT_FN};
  const p = (window.__cmTti = { at: null, probes: 0 });
  const tick = () => {
    const r = root();
    const input = r && r.querySelector('input[type=search]');
    const status = r && r.querySelector('.cm-status');
    if (!input || !status) { setTimeout(tick, 2); return; }
    const before = status.textContent;
    p.probes++;
    // The status must change to a filtered count ("Showing 1 of 27 models"), i.e. in answer to the query.
    const changed = () => { const s = r.querySelector('.cm-status'); return !!s && s.textContent !== before && / of \\d+/.test(s.textContent); };
    let done = false;
    const finish = (ok) => {
      if (done) return;
      done = true;
      obs.disconnect();
      if (ok) { p.at = performance.now(); return; }
      input.value = '';
      setTimeout(tick, 2);
    };
    const obs = new MutationObserver(() => changed() && finish(true));
    obs.observe(r, { childList: true, subtree: true, characterData: true });
    input.value = 'liaison';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'liaison' }));
    if (changed()) finish(true);
    else setTimeout(() => finish(changed()), 50);
  };
  setTimeout(tick, 0);
})();`;

/**
 * In the page: runs `act`, then measures until the first DOM change under `target` for which `ready()` holds ("dom")
 * and until the frame after it has been produced ("paint": a message posted from the next animation frame).
 * Resolves { dom: NaN } when no such change comes within `timeout` ms.
 */
const MEASURE_FN = `(target, ready, act, timeout) => new Promise((resolve) => {
  let dom = null;
  const t0 = performance.now();
  const obs = new MutationObserver(() => {
    if (dom !== null || !ready()) return;
    dom = performance.now() - t0;
    obs.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve({ dom, paint: performance.now() - t0 });
      ch.port2.postMessage(0);
    });
  });
  obs.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
  act();
  setTimeout(() => { if (dom === null) { obs.disconnect(); resolve({ dom: NaN, paint: NaN }); } }, timeout);
})`;

/**
 * In the page: sets the search box to `q` (an input event) and measures until the first DOM change of the results
 * (see MEASURE_FN). Resolves { dom: NaN } when nothing changed within the timeout (the query showed the same results).
 */
const SEARCH_ONCE = `async ([q, timeout]) => {
  const root = (${ROOT_FN})();
  const input = root.querySelector('input[type=search]');
  const target = root.querySelector('.cm-catalogue') || root;
  return await (${MEASURE_FN})(target, () => true, () => {
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, timeout);
}`;

/**
 * In the page (wizard view): answers the current question (the first answer), waits a frame, then clicks Next and
 * measures until the next question's legend text is in the DOM and until the next frame. Stops at the results.
 */
const WIZARD_STEPS = `async (maxSteps) => {
  const root = (${ROOT_FN})();
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out = [];
  for (let i = 0; i < maxSteps; i++) {
    const legend = root.querySelector('.cm-wizard fieldset legend');
    if (!legend) break;
    const before = legend.textContent;
    // The first answer (a question takes one answer, radios, or several, checkboxes).
    const answer = root.querySelector('.cm-wizard fieldset input[type=radio], .cm-wizard fieldset input[type=checkbox]');
    answer.click();
    await frame();
    await frame();
    const next = root.querySelector('.cm-wizard button[type=submit]');
    if (!next || next.textContent.trim() !== 'Next') break;
    const r = await (${MEASURE_FN})(root, () => {
      const l = root.querySelector('.cm-wizard fieldset legend');
      return l && l.textContent !== before;
    }, () => next.click(), 2000);
    out.push(r);
    await frame();
  }
  return out;
}`;

/** CLS as Chromium defines it: the largest session window (gaps < 1 s, at most 5 s) of shifts without recent input. */
function cls(shifts) {
  let best = 0;
  let cur = 0;
  let first = 0;
  let last = 0;
  for (const s of shifts.filter((x) => !x.input).sort((a, b) => a.t - b.t)) {
    if (cur > 0 && s.t - last < 1000 && s.t - first < 5000) {
      cur += s.v;
    } else {
      cur = s.v;
      first = s.t;
    }
    last = s.t;
    best = Math.max(best, cur);
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic-data build for search at scale (built first, so that it does not compete with the timings for the CPU).

let scaleBuild = null;
if (SCALE) {
  const env = { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` };
  console.log(`\nBuilding bench.html (synthetic data) into ${BENCH_DIST} …`);
  scaleBuild = await timed('bench_build', () => run('trunk', ['build', 'bench.html', '--release=true', '--dist', BENCH_DIST], { env, timeoutMs: 600_000 })
    .then(() => ({ ok: true }))
    .catch((e) => ({ ok: false, error: `${e.message}\n${(e.log || '').split('\n').slice(-15).join('\n')}` })));
}

// ---------------------------------------------------------------------------------------------------------------
// Browser measurements against dist/

const { server, ready } = serve(DIST, PORT);
await ready;
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
const url = `http://127.0.0.1:${PORT}/`;
const load = { firstCard: [], fcp: [], lcp: [], cls: [], tti: [], ttiProbes: [] };
const newSearch = () => ({ dom: [], paint: [], unchanged: 0, loadMs: [], byQuery: {} });
const search = Object.fromEntries(SCALE_SIZES.map((n) => [n, newSearch()]));
const wizard = { dom: [], paint: [] };
let lighthouse = null;
let scaleError = null;
let embedFold = null;
let pageCost = null;

/** A fresh (cold) context and page; `init` scripts run before the page's own. */
async function coldPage(init = []) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  for (const s of init) await context.addInitScript({ content: s });
  return { context, page: await context.newPage() };
}

/** Measures search latency for `n` models on an open page into search[key]; `rounds` passes over QUERIES. */
async function measureSearch(page, n, rounds, key = n) {
  const timeout = n > 1000 ? 10_000 : 2000;
  for (let k = 0; k < rounds; k++) {
    for (const q of QUERIES) {
      const r = await page.evaluate(`(${SEARCH_ONCE})(${JSON.stringify([q, timeout])})`);
      if (Number.isNaN(r.dom)) search[key].unchanged++;
      else {
        search[key].dom.push(r.dom);
        search[key].paint.push(r.paint);
        (search[key].byQuery[q] ??= []).push(r.dom);
      }
    }
  }
}

/**
 * What a blog reader downloads for a script embed that sits below the fold: the files requested before the reader
 * scrolls (1.5 s after load) and after the widget is scrolled into view and shows its cards (gzip sizes).
 */
async function embedBelowFold() {
  const post = `${url}long-post-bench.html`;
  const { context, page } = await coldPage();
  await page.route(post, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body>'
      + '<p>Text.</p><div style="height:4000px"></div><div data-coordination-models id="w"></div>'
      + '<script type="module" src="./embed.js"></script></body></html>',
  }));
  const requested = new Set();
  page.on('request', (r) => requested.add(new URL(r.url()).pathname.slice(1)));
  const tally = () => {
    const rows = sizes.filter((s) => requested.has(s.file));
    return { files: rows.map((s) => s.file), gzip: sum(rows, 'gzip') };
  };
  await page.goto(post, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const before = tally();
  await page.locator('#w').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#w')?.shadowRoot?.querySelector('.cm-root article'));
  const after = tally();
  await context.close();
  return { before_scroll: before, after_scroll: after };
}

/** Sizes of a byte buffer: raw, gzip -9 and brotli q11. */
const compressed = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * What the static page costs a reader, from cold loads (service workers blocked, so the offline copy the worker
 * precaches afterwards is not counted):
 *   - the page: index.html as fetched from the server;
 *   - the app: every other file the page fetches until the app is live and the network is idle (each file once);
 *   - first paint: the page plus the files Chromium marks render-blocking (what first paint needs), and the files
 *     that had arrived when it happened here on 127.0.0.1 (a fast network downloads more before the paint).
 */
async function pageAndAppBytes() {
  const page = { file: 'index.html', ...compressed(Buffer.from(await (await fetch(url)).arrayBuffer())) };
  const bySize = new Map(sizes.map((s) => [s.file, s]));
  const total = (files) => ({ files, raw: sum(files.map((f) => bySize.get(f)), 'raw'), gzip: sum(files.map((f) => bySize.get(f)), 'gzip'), brotli: sum(files.map((f) => bySize.get(f)), 'brotli') });
  const loads = [];
  const notInDist = new Set();
  for (let i = 0; i < 3; i++) {
    const { context, page: p } = await coldPage([OBSERVERS]);
    const fetched = new Set();
    context.on('requestfinished', (r) => fetched.add(new URL(r.url()).pathname.slice(1)));
    await p.goto(url);
    await p.waitForFunction(() => document.querySelector('[data-coordination-models]')?.shadowRoot?.querySelector('.cm-root article'));
    await p.waitForLoadState('networkidle');
    await p.waitForTimeout(500);
    const t = await p.evaluate(() => ({
      fcp: window.__cm.fcp,
      resources: performance.getEntriesByType('resource').map((e) => ({ file: new URL(e.name).pathname.slice(1), end: e.responseEnd, blocking: e.renderBlockingStatus === 'blocking' })),
    }));
    await context.close();
    // Anything else it asked for (a 404) is listed, not counted.
    for (const f of fetched) if (f !== '' && !bySize.has(f)) notInDist.add(f);
    const app = [...fetched].filter((f) => bySize.has(f) && f !== 'index.html').sort();
    const uniq = (xs) => [...new Set(xs)].sort();
    loads.push({
      app,
      blocking: uniq(t.resources.filter((r) => r.blocking && bySize.has(r.file)).map((r) => r.file)),
      beforePaint: uniq(t.resources.filter((r) => t.fcp != null && r.end <= t.fcp && bySize.has(r.file)).map((r) => r.file)),
    });
  }
  const key = (xs) => xs.join(' ');
  const mode = (sets) => {
    const counts = new Map();
    for (const s of sets) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
    const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    return { files: best ? best.split(' ') : [], loads_with_this_set: n };
  };
  const appFiles = [...new Set(loads.flatMap((l) => l.app))].sort();
  const needs = mode(loads.map((l) => l.blocking));
  const before = mode(loads.map((l) => l.beforePaint));
  const withPage = (t) => ({ files: ['index.html', ...t.files], raw: page.raw + t.raw, gzip: page.gzip + t.gzip, brotli: page.brotli + t.brotli });
  return {
    loads: loads.length,
    page: { ...page, budget_gzip: PAGE_BUDGET_GZIP, within_budget: page.gzip <= PAGE_BUDGET_GZIP },
    app: { ...total(appFiles), budget_gzip: APP_BUDGET_GZIP, within_budget: sum(appFiles.map((f) => bySize.get(f)), 'gzip') <= APP_BUDGET_GZIP },
    requested_but_not_in_dist: [...notInDist].sort(),
    first_paint_needs: withPage(total(needs.files)),
    downloaded_before_first_paint: { ...withPage(total(before.files)), loads_with_this_set: before.loads_with_this_set },
  };
}

try {
  await timed('load_and_search_27', async () => {
    for (let i = 0; i < RUNS; i++) {
      const { context, page } = await coldPage([OBSERVERS]);
      await page.goto(url);
      // The app's own render (in the shadow root), not a server-rendered copy of it in the light DOM.
      await page.waitForFunction(() => performance.getEntriesByName('cm-first-card').length > 0
        && document.querySelector('[data-coordination-models]')?.shadowRoot?.querySelector('.cm-root article'));
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const mark = performance.getEntriesByName('cm-first-card')[0];
        return { card: mark ? mark.startTime : performance.now(), start: nav.startTime };
      });
      load.firstCard.push(t.card - t.start);
      // Let late shifts and the LCP candidate settle before reading them (no input happens before this).
      await page.waitForTimeout(1000);
      const m = await page.evaluate(() => window.__cm);
      if (m.error) throw new Error(`PerformanceObserver: ${m.error}`);
      if (m.fcp != null) load.fcp.push(m.fcp);
      if (m.lcp != null) load.lcp.push(m.lcp);
      load.cls.push(cls(m.shifts));
      // Search latency with the 27 real models.
      await measureSearch(page, 27, 1);
      await context.close();
    }
  });
  embedFold = await timed('embed_below_fold', embedBelowFold);
  pageCost = await timed('page_and_app_bytes', pageAndAppBytes);

  await timed('time_to_interactive', async () => {
    for (let i = 0; i < RUNS; i++) {
      const { context, page } = await coldPage([TTI_PROBE]);
      await page.goto(url);
      await page.waitForFunction(() => window.__cmTti && window.__cmTti.at !== null, null, { timeout: 20_000 });
      const p = await page.evaluate(() => window.__cmTti);
      load.tti.push(p.at);
      load.ttiProbes.push(p.probes);
      await context.close();
    }
  });

  await timed('wizard_step', async () => {
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      const { context, page } = await coldPage();
      await page.goto(`${url}#view=wizard`);
      await page.waitForFunction(() => document.querySelector('[data-coordination-models]')?.shadowRoot?.querySelector('.cm-wizard fieldset legend'));
      for (const r of await page.evaluate(`(${WIZARD_STEPS})(8)`)) {
        if (Number.isNaN(r.dom)) continue;
        wizard.dom.push(r.dom);
        wizard.paint.push(r.paint);
      }
      await context.close();
    }
  });

  if (SCALE) {
    await timed('search_at_scale', async () => {
      if (!scaleBuild.ok) {
        scaleError = `bench.html build failed: ${scaleBuild.error}`;
        return;
      }
      const bench = serve(BENCH_DIST, BENCH_PORT);
      try {
        await bench.ready;
        const loads = Math.max(3, Math.ceil(RUNS / 3));
        for (const n of SCALE_SIZES.filter((x) => x !== 27)) {
          for (let i = 0; i < loads; i++) {
            const { context, page } = await coldPage();
            const t0 = Date.now();
            await page.goto(`http://127.0.0.1:${BENCH_PORT}/?n=${n}`);
            await page.waitForSelector('#bench .cm-root article', { timeout: 60_000 });
            await page.waitForFunction((n) => document.querySelectorAll('#bench .cm-catalogue article').length === n, n, { timeout: 60_000 });
            search[n].loadMs.push(Date.now() - t0);
            await measureSearch(page, n, 2);
            await context.close();
          }
        }
        // Baseline on the same page shape (no shadow root) with the 27-model count, for the growth figures.
        search.bench27 = newSearch();
        for (let i = 0; i < loads; i++) {
          const { context, page } = await coldPage();
          await page.goto(`http://127.0.0.1:${BENCH_PORT}/?n=27`);
          await page.waitForSelector('#bench .cm-root article');
          await measureSearch(page, 27, 2, 'bench27');
          await context.close();
        }
      } finally {
        bench.server.kill();
      }
    });
  }
} finally {
  await browser.close();
}

// ---------------------------------------------------------------------------------------------------------------
// Lighthouse (its own Chromium, mobile preset), against the same server

if (LIGHTHOUSE) {
  await timed('lighthouse', async () => {
    const out = 'target/lighthouse-report.json';
    mkdirSync('target', { recursive: true });
    const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
    try {
      await run('node_modules/.bin/lighthouse', [
        url,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=${flags.join(' ')}`,
        '--quiet',
      ], { env: { ...process.env, CHROME_PATH: CHROME }, timeoutMs: 300_000 });
      const report = JSON.parse(readFileSync(out, 'utf8'));
      if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
      const scores = {};
      const failing = {};
      for (const [id, cat] of Object.entries(report.categories)) {
        scores[id] = cat.score == null ? null : Math.round(cat.score * 100);
        failing[id] = cat.auditRefs
          .map((ref) => report.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 0.9 && !['notApplicable', 'informative', 'manual', 'error'].includes(a.scoreDisplayMode))
          .map((a) => ({ id: a.id, title: a.title, score: a.score, display: a.displayValue ?? null }));
      }
      const metric = (id) => report.audits[id]?.numericValue ?? null;
      lighthouse = {
        ok: true,
        version: report.lighthouseVersion,
        form_factor: report.configSettings.formFactor,
        scores,
        failing_audits: failing,
        errored_audits: Object.values(report.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => ({ id: a.id, error: a.errorMessage })),
        metrics_ms: {
          first_contentful_paint: round(metric('first-contentful-paint'), 0),
          largest_contentful_paint: round(metric('largest-contentful-paint'), 0),
          speed_index: round(metric('speed-index'), 0),
          total_blocking_time: round(metric('total-blocking-time'), 0),
          interactive: round(metric('interactive'), 0),
        },
        cumulative_layout_shift: round(metric('cumulative-layout-shift'), 4),
        warnings: report.runWarnings ?? [],
      };
    } catch (e) {
      lighthouse = { ok: false, error: `${e.message}${e.log ? `\n${e.log.split('\n').filter(Boolean).slice(-12).join('\n')}` : ''}` };
    }
  });
}
server.kill();

// ---------------------------------------------------------------------------------------------------------------
// Results

const searchFigures = (n) => {
  const s = search[n];
  if (!s || !s.dom.length) return null;
  return {
    samples: s.dom.length,
    unchanged_skipped: s.unchanged,
    dom_ms_median: round(median(s.dom), 2),
    dom_ms_max: round(max(s.dom), 2),
    paint_ms_median: round(median(s.paint), 2),
    paint_ms_max: round(max(s.paint), 2),
    page_ready_ms_median: s.loadMs.length ? Math.round(median(s.loadMs)) : null,
    // Keystroke to DOM by query (the search box's value after the keystroke; '' = cleared, every model shown again).
    dom_ms_median_by_query: Object.fromEntries(QUERIES.filter((q) => s.byQuery[q]).map((q) => [q === '' ? '(cleared)' : q, round(median(s.byQuery[q]), 2)])),
  };
};
const s27 = searchFigures(27);
const s1000 = SCALE ? searchFigures(1000) : null;
const s5000 = SCALE ? searchFigures(5000) : null;
const b27 = SCALE ? searchFigures('bench27') : null;
let growth = null;
if (s1000 && s5000) {
  const per1000 = (s5000.dom_ms_median - s1000.dom_ms_median) / 4;
  const base = b27 ?? s27;
  const per1000From27 = (s1000.dom_ms_median - base.dom_ms_median) / ((1000 - 27) / 1000);
  const per1000Paint = (s5000.paint_ms_median - s1000.paint_ms_median) / 4;
  growth = {
    dom_ms_per_1000_models: round(per1000, 2),
    dom_ms_per_1000_models_27_to_1000: round(per1000From27, 2),
    paint_ms_per_1000_models: round(per1000Paint, 2),
    dom_ratio_5000_over_1000: round(s5000.dom_ms_median / s1000.dom_ms_median, 2),
    paint_ratio_5000_over_1000: round(s5000.paint_ms_median / s1000.paint_ms_median, 2),
    // A ratio near 5 means linear growth; well above 5, worse than linear; below, a fixed cost dominates.
    shape: null,
  };
  const r = growth.dom_ratio_5000_over_1000;
  growth.shape = r > 6 ? 'worse than linear' : r >= 3.5 ? 'about linear' : 'sub-linear (fixed cost dominates)';
}

const results = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  date: new Date().toISOString().slice(0, 10),
  runs: RUNS,
  files: sizes,
  first_load_files: [...firstLoadFiles].sort(),
  first_load_bytes: { raw: sum(firstLoad, 'raw'), gzip: sum(firstLoad, 'gzip'), brotli: sum(firstLoad, 'brotli') },
  script_embed_below_fold_bytes_gzip: embedFold,
  static_page_bytes: pageCost,
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
  lighthouse,
  // 1-minute load average at the start and the end: well above the core count, the timings are noisy.
  load_average: { start: round(loadStart, 2), end: round(loadavg()[0], 2) },
  phase_seconds: phase,
  total_seconds: Math.round((Date.now() - started) / 100) / 10,
};

const ms = (x) => (x == null ? 'n/a' : `${x} ms`);
const line = (label, value) => console.log(`${label.padEnd(46)}${value}`);
console.log(`\nCold loads: ${RUNS} per figure; machine: ${results.machine}; load average ${results.load_average.start} at start, ${results.load_average.end} at end`);
if (Math.max(results.load_average.start, results.load_average.end) > cpus().length) console.log(`(load above ${cpus().length} cores: other work was running, so the timings below are noisy)`);
if (results.script_embed_below_fold_bytes_gzip) {
  const f = results.script_embed_below_fold_bytes_gzip;
  line('script embed below the fold, gzip', `${f.before_scroll.gzip} B before the reader scrolls (${f.before_scroll.files.join(', ')}); ${f.after_scroll.gzip} B once it is shown`);
}
if (pageCost) {
  const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
  const row = (label, t, budget) => console.log(`${label.padEnd(46)}${pad(t.raw, 10)}${pad(t.gzip, 10)}${pad(t.brotli, 10)}${budget ? `   gzip budget ${kb(budget)}: ${t.gzip <= budget ? 'within' : `over by ${kb(t.gzip - budget)}`}` : ''}`);
  console.log('\nWhat the static page costs a reader (bytes, as fetched in cold loads; service workers blocked)');
  console.log(`${''.padEnd(46)}${pad('raw', 10)}${pad('gzip -9', 10)}${pad('brotli', 10)}`);
  row('page: index.html as fetched', pageCost.page, PAGE_BUDGET_GZIP);
  row(`app: the ${pageCost.app.files.length} other files it fetches`, pageCost.app, APP_BUDGET_GZIP);
  console.log(`  (${pageCost.app.files.join(', ')})`);
  row('first paint needs (page + render-blocking)', pageCost.first_paint_needs);
  console.log(`  (${pageCost.first_paint_needs.files.join(', ')})`);
  row('downloaded before first paint on 127.0.0.1', pageCost.downloaded_before_first_paint);
  console.log(`  (${pageCost.downloaded_before_first_paint.files.join(', ')}; in ${pageCost.downloaded_before_first_paint.loads_with_this_set} of ${pageCost.loads} loads)`);
}
line('time to first card (median)', ms(results.first_card_ms_median));
line('first contentful paint (median)', ms(results.first_contentful_paint_ms_median));
line('largest contentful paint (median)', ms(results.largest_contentful_paint_ms_median));
line('cumulative layout shift (median / max)', `${results.cumulative_layout_shift_median} / ${results.cumulative_layout_shift_max}`);
line('time to interactive (median / max)', `${ms(results.time_to_interactive_ms_median)} / ${ms(results.time_to_interactive_ms_max)}`);
line('one wizard step, Next to legend (median/max)', `${ms(results.wizard_step_ms_median)} / ${ms(results.wizard_step_ms_max)}  (to next paint ${ms(results.wizard_step_paint_ms_median)}; ${wizard.dom.length} steps)`);
console.log('\nSearch, keystroke to DOM (to next paint)       median              max                 samples');
const srow = (label, s) => {
  if (!s) return line(label, 'n/a');
  console.log(`${label.padEnd(46)}${`${s.dom_ms_median} (${s.paint_ms_median}) ms`.padEnd(20)}${`${s.dom_ms_max} (${s.paint_ms_max}) ms`.padEnd(20)}${s.samples}${s.page_ready_ms_median ? `   page ready ${s.page_ready_ms_median} ms` : ''}`);
};
srow('  27 models (real page, shadow root)', s27);
if (SCALE) {
  srow('  27 models (bench page)', b27);
  srow('  1000 models (bench page)', s1000);
  srow('  5000 models (bench page)', s5000);
  for (const [label, f] of [['1000', s1000], ['5000', s5000]]) {
    if (f) console.log(`  ${label} models, median by query (to DOM): ${Object.entries(f.dom_ms_median_by_query).map(([q, v]) => `${q} ${v}`).join(', ')} ms`);
  }
  if (growth) console.log(`  growth: +${growth.dom_ms_per_1000_models} ms to DOM (+${growth.paint_ms_per_1000_models} ms to paint) per 1000 models from 1000 to 5000 (+${growth.dom_ms_per_1000_models_27_to_1000} ms per 1000 from 27 to 1000); 5000/1000 ratio ${growth.dom_ratio_5000_over_1000} (${growth.paint_ratio_5000_over_1000} to paint): ${growth.shape}`);
  if (scaleError) console.log(`  ${scaleError}`);
}
if (LIGHTHOUSE) {
  console.log('\nLighthouse (mobile preset, simulated throttling)');
  if (lighthouse.ok) {
    console.log(`  version ${lighthouse.version}, form factor ${lighthouse.form_factor}`);
    for (const [id, score] of Object.entries(lighthouse.scores)) console.log(`  ${id.padEnd(16)}${pad(score, 4)}`);
    const m = lighthouse.metrics_ms;
    console.log(`  FCP ${ms(m.first_contentful_paint)}, LCP ${ms(m.largest_contentful_paint)}, SI ${ms(m.speed_index)}, TBT ${ms(m.total_blocking_time)}, TTI ${ms(m.interactive)}, CLS ${lighthouse.cumulative_layout_shift}`);
    for (const [cat, list] of Object.entries(lighthouse.failing_audits)) {
      for (const a of list) console.log(`  not passed [${cat}] ${a.id}: ${a.title} (score ${a.score}${a.display ? `, ${a.display}` : ''})`);
    }
    for (const a of lighthouse.errored_audits) console.log(`  errored: ${a.id}: ${a.error}`);
    for (const w of lighthouse.warnings) console.log(`  warning: ${w}`);
  } else {
    console.log(`  Lighthouse could not run: ${lighthouse.error}`);
  }
}
console.log(`\nPhases (s): ${Object.entries(phase).map(([k, v]) => `${k} ${v}`).join(', ')}; total ${results.total_seconds} s`);
// "What would change the answer" (issue 12): the computation behind it, timed in bench.html?measure=would-change
// with 27 and 1,000 synthetic models, for one person's result and for a comparison of three (performance measures
// recorded by src/bin/bench.rs; the browser's clock is coarse, so the mean over all calls is given too).
if (SCALE && scaleBuild?.ok) {
  const wc = serve(BENCH_DIST, BENCH_PORT);
  const b = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  try {
    await wc.ready;
    results.would_change_ms = {};
    for (const n of [27, 1000]) {
      const page = await b.newPage();
      await page.goto(`http://127.0.0.1:${BENCH_PORT}/?n=${n}&measure=would-change`);
      await page.waitForSelector('#bench[data-done]', { state: 'attached', timeout: 60_000 });
      const t = await page.evaluate(() => Object.fromEntries(['cm-would-change', 'cm-group-changes']
        .map((k) => [k, performance.getEntriesByName(k).map((e) => e.duration)])));
      const f = (xs) => ({ mean: round(xs.reduce((a, x) => a + x, 0) / xs.length, 3), median: round(median(xs), 3), max: round(max(xs), 3), samples: xs.length });
      const r = (results.would_change_ms[n] = { one_person: f(t['cm-would-change']), three_people: f(t['cm-group-changes']) });
      line(`would change, ${n} models (mean/median/max)`, `one person ${r.one_person.mean}/${r.one_person.median}/${ms(r.one_person.max)}; three people ${r.three_people.mean}/${r.three_people.median}/${ms(r.three_people.max)}`);
      await page.close();
    }
  } finally {
    await b.close();
    wc.server.kill();
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('written to bench-results/latest.json');
if (existsSync('target/lighthouse-report.json') && LIGHTHOUSE && lighthouse?.ok) console.log('full Lighthouse report: target/lighthouse-report.json');
