// The timings in Chromium, each a median over cold loads (a fresh context each: empty HTTP cache, no compiled-wasm
// cache, service workers blocked): first card and paints, layout shift, search latency with 27 real models, the
// embed below the fold and the page's bytes (see sizes.mjs), time to interactive, a wizard step, search at scale on
// bench.html (built here first) and "what would change the answer" timed on bench.html.
import { chromium } from '@playwright/test';
import { OBSERVERS, TTI_PROBE, SEARCH_ONCE, WIZARD_STEPS, CHECKUP_STEPS, cls } from './probes.mjs';
import { embedBelowFold, pageAndAppBytes } from './sizes.mjs';
import { line, ms } from './report.mjs';
import { BENCH_DIST, BENCH_PORT, RUNS, SCALE, SCALE_SIZES, CHROME, CHROME_ARGS, QUERIES, timed, run, serve, median, max, round } from './util.mjs';

/** Builds bench.html (synthetic data) into BENCH_DIST with Trunk: { ok } or { ok: false, error }. */
export const buildBenchPage = () => {
  const env = { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` };
  return run('trunk', ['build', 'bench.html', '--release=true', '--dist', BENCH_DIST], { env, timeoutMs: 600_000 })
    .then(() => ({ ok: true }))
    .catch((e) => ({ ok: false, error: `${e.message}\n${(e.log || '').split('\n').slice(-15).join('\n')}` }));
};

const newSearch = () => ({ dom: [], paint: [], unchanged: 0, loadMs: [], byQuery: {} });

/**
 * Every browser measurement against dist/ served at `url` (and, with BENCH_SCALE, against bench.html built into
 * BENCH_DIST as `scaleBuild` says), each phase timed. Returns the raw samples and the byte figures.
 */
export async function measureInBrowser(url, sizes, scaleBuild) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  const load = { firstCard: [], fcp: [], lcp: [], cls: [], tti: [], ttiProbes: [] };
  const search = Object.fromEntries(SCALE_SIZES.map((n) => [n, newSearch()]));
  const wizard = { dom: [], paint: [] };
  const checkup = { answer: [], answerPaint: [], result: [], resultPaint: [] };
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
    embedFold = await timed('embed_below_fold', () => embedBelowFold(url, coldPage, sizes));
    pageCost = await timed('page_and_app_bytes', () => pageAndAppBytes(url, coldPage, sizes));

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

    await timed('checkup_step', async () => {
      for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
        const { context, page } = await coldPage();
        await page.goto(`${url}#view=checkup&check=service-provider`);
        await page.waitForFunction(() => document.querySelector('[data-coordination-models]')?.shadowRoot?.querySelector('.cm-checkup fieldset legend'));
        const r = await page.evaluate(`(${CHECKUP_STEPS})()`);
        for (const a of r.answers) {
          if (Number.isNaN(a.dom)) continue;
          checkup.answer.push(a.dom);
          checkup.answerPaint.push(a.paint);
        }
        if (!Number.isNaN(r.result.dom)) {
          checkup.result.push(r.result.dom);
          checkup.resultPaint.push(r.result.paint);
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
  return { load, search, wizard, checkup, scaleError, embedFold, pageCost };
}

/**
 * "What would change the answer" (issue 12): the computation behind it, timed in bench.html?measure=would-change
 * with 27 and 1,000 synthetic models, for one person's result and for a comparison of three (performance measures
 * recorded by src/bin/bench.rs; the browser's clock is coarse, so the mean over all calls is given too). Prints a
 * line for each and sets results.would_change_ms.
 */
export async function measureWouldChange(results) {
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
