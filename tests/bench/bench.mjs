// Benchmark of the release build in dist/: file sizes (raw, gzip -9, brotli q11) and, in headless
// Chromium against dist/ on 127.0.0.1, time to first card and search latency (medians).
// Writes bench-results/latest.json (stable keys, so two runs can be diffed) and prints a table.
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';

const DIST = 'dist';
const PORT = 4180;
const RUNS = Number(process.env.BENCH_RUNS || 10);

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
// First load: what the static page fetches before it is interactive (not sw.js, manifest or icon).
const firstLoad = sizes.filter((s) => /\.(html|js|css|wasm)$/.test(s.file) && s.file !== 'sw.js');
const sum = (rows, k) => rows.reduce((a, r) => a + r[k], 0);

const pad = (s, n) => String(s).padStart(n);
console.log('\nRelease build files (bytes)');
console.log(`${'file'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const s of sizes) console.log(`${s.file.padEnd(48)}${pad(s.raw, 10)}${pad(s.gzip, 10)}${pad(s.brotli, 10)}`);
console.log(`${'total (all files)'.padEnd(48)}${pad(sum(sizes, 'raw'), 10)}${pad(sum(sizes, 'gzip'), 10)}${pad(sum(sizes, 'brotli'), 10)}`);
console.log(`${'first load (html, css, js, wasm)'.padEnd(48)}${pad(sum(firstLoad, 'raw'), 10)}${pad(sum(firstLoad, 'gzip'), 10)}${pad(sum(firstLoad, 'brotli'), 10)}`);

const server = spawn('cargo', ['xtask', 'static', DIST, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve, reject) => {
  server.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const url = `http://127.0.0.1:${PORT}/`;
const firstCard = [];
const interactive = [];
const filter = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('.cm-root article');
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const mark = performance.getEntriesByName('cm-first-card')[0];
      return { card: mark ? mark.startTime : performance.now(), start: nav.startTime };
    });
    firstCard.push(t.card - t.start);
    interactive.push(await page.evaluate(() => performance.now()));
    // Search latency: from the input event to the DOM showing the new result count.
    for (const q of ['s', 'se', 'sec', 'secu', 'security', '']) {
      const ms = await page.evaluate((q) => new Promise((resolve) => {
        const input = document.querySelector('.cm-root input[type=search]');
        const status = document.querySelector('.cm-root .cm-status');
        const before = status.textContent;
        const t0 = performance.now();
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now() - t0); });
        obs.observe(document.querySelector('.cm-root .cm-catalogue'), { childList: true, subtree: true, characterData: true });
        input.value = q;
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        setTimeout(() => { obs.disconnect(); resolve(status.textContent === before ? performance.now() - t0 : NaN); }, 1000);
      }), q);
      if (!Number.isNaN(ms)) filter.push(ms);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const results = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
  date: new Date().toISOString().slice(0, 10),
  runs: RUNS,
  files: sizes,
  first_load_bytes: { raw: sum(firstLoad, 'raw'), gzip: sum(firstLoad, 'gzip'), brotli: sum(firstLoad, 'brotli') },
  first_card_ms_median: Math.round(median(firstCard)),
  search_latency_ms_median_27_models: Number(median(filter).toFixed(2)),
  search_latency_ms_max_27_models: Number(Math.max(...filter).toFixed(2)),
};
console.log(`\nCold loads: ${RUNS}; machine: ${results.machine}`);
console.log(`time to first card (median):         ${results.first_card_ms_median} ms`);
console.log(`search keystroke to DOM, 27 models:  median ${results.search_latency_ms_median_27_models} ms, max ${results.search_latency_ms_max_27_models} ms`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench-results/latest.json');
