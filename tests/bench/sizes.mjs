// Bytes: the release build's files (raw, gzip -9, brotli q11) and which of them a first load pulls in; the wasm size
// report named by CM_WASM_PARTS; and, measured in cold loads, what a script embed below the fold downloads and what
// the static page costs a reader (page and app bytes against their gzip budgets, the bytes first paint needs).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { OBSERVERS } from './probes.mjs';
import { DIST, PAGE_BUDGET_GZIP, APP_BUDGET_GZIP, sum, pad } from './util.mjs';

/**
 * Size of a byte buffer compressed by GNU `gzip -9 -n` (no name or time stamp, as a host sends it). Every gzip figure
 * of the bench and the size budgets (budgets.mjs) is this one; zlib's level 9 comes out about 1 KB larger on the wasm.
 */
export const gzip9 = (buf) => execFileSync('gzip', ['-9', '-n', '-c'], { input: buf, maxBuffer: 1 << 28 }).length;

/** Sizes of a byte buffer: raw, gzip -9 and brotli q11. */
export const compressed = (buf) => ({
  raw: buf.length,
  gzip: gzip9(buf),
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * Where the page's gzip bytes go: what index.html would weigh without each pre-rendered part (the cards' details;
 * within them their source lists and the source marks after each statement). Each share is the whole page's gzip
 * size less the gzip size of the page without that part, so it counts what the part costs after compression.
 */
export function pageParts() {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  const gz = (s) => gzip9(Buffer.from(s));
  const whole = gz(html);
  const without = (re) => {
    const rest = html.replace(re, '');
    if (rest === html) throw new Error(`pageParts: ${re} matches nothing in index.html; the markup changed`);
    return whole - gz(rest);
  };
  const cards = (html.match(/<article /g) ?? []).length;
  return {
    page_gzip: whole,
    cards,
    card_details_gzip: without(/<div class="cm-details">[\s\S]*?<\/div><\/details>/g),
    source_lists_gzip: without(/<section class="cm-sources">[\s\S]*?<\/section>/g),
    source_marks_gzip: without(/<sup[^>]*>[^<]*<\/sup>/g),
    statement_text_gzip: gz(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')),
  };
}

/** Every file in dist/ with its sizes, and the first load: those index.html pulls in and their sizes. */
export function fileSizes() {
  const files = readdirSync(DIST).filter((f) => statSync(`${DIST}/${f}`).isFile()).sort();
  const sizes = files.map((f) => {
    return { file: f, ...compressed(readFileSync(`${DIST}/${f}`)) };
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
  return { sizes, firstLoadFiles, firstLoad };
}

/** Where the wasm's bytes go, from the file named by CM_WASM_PARTS (null when unset or missing). */
export const wasmParts = () => (process.env.CM_WASM_PARTS && existsSync(process.env.CM_WASM_PARTS) ? JSON.parse(readFileSync(process.env.CM_WASM_PARTS, 'utf8')) : null);

/** Prints the table of file sizes, first-load files starred, with the totals. */
export function printFileSizes({ sizes, firstLoadFiles, firstLoad }) {
  console.log('\nRelease build files (bytes)');
  console.log(`${'file'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
  for (const s of sizes) console.log(`${(firstLoadFiles.has(s.file) ? '* ' : '  ') + s.file}`.padEnd(48) + `${pad(s.raw, 10)}${pad(s.gzip, 10)}${pad(s.brotli, 10)}`);
  console.log(`${'total (all files)'.padEnd(48)}${pad(sum(sizes, 'raw'), 10)}${pad(sum(sizes, 'gzip'), 10)}${pad(sum(sizes, 'brotli'), 10)}`);
  console.log(`${'first load (* above)'.padEnd(48)}${pad(sum(firstLoad, 'raw'), 10)}${pad(sum(firstLoad, 'gzip'), 10)}${pad(sum(firstLoad, 'brotli'), 10)}`);
}

/**
 * What a blog reader downloads for a script embed that sits below the fold: the files requested before the reader
 * scrolls (1.5 s after load) and after the widget is scrolled into view and shows its cards (gzip sizes).
 * `coldPage` opens a fresh context and page; `url` is the served dist/.
 */
export async function embedBelowFold(url, coldPage, sizes) {
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

/**
 * What the static page costs a reader, from cold loads (service workers blocked, so the offline copy the worker
 * precaches afterwards is not counted):
 *   - the page: index.html as fetched from the server;
 *   - the app: every other file the page fetches until the app is live and the network is idle (each file once);
 *   - first paint: the page plus the files Chromium marks render-blocking (what first paint needs), and the files
 *     that had arrived when it happened here on 127.0.0.1 (a fast network downloads more before the paint).
 */
export async function pageAndAppBytes(url, coldPage, sizes) {
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
