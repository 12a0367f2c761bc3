// The benchmark's settings (paths, ports, Chromium, the environment variables BENCH_RUNS, BENCH_SCALE and
// BENCH_LIGHTHOUSE, the byte budgets) and its small helpers: phase timing, median/max/round/sum, running a command
// and serving a folder with the project's static server.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

export const DIST = 'dist';
export const PORT = 4180;
export const BENCH_DIST = 'target/bench-dist';
export const BENCH_PORT = 4181;
export const RUNS = Number(process.env.BENCH_RUNS || 10);
export const SCALE = process.env.BENCH_SCALE !== '0';
export const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
export const SCALE_SIZES = [27, 1000, 5000];
export const CHROME = '/usr/bin/chromium';
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
export const QUERIES = ['s', 'se', 'sec', 'secu', 'security', ''];
// Budgets (1 KB = 1,000 bytes, GNU gzip -9): the page's HTML, and everything else the static page fetches. Issue 21
// set them to what Yew drawing every view costs; budgets.mjs holds them as a test in `cargo xtask test`.
export const PAGE_BUDGET_GZIP = 28_000;
export const APP_BUDGET_GZIP = 195_000;

/** Seconds each phase took, by name, in the order they ran (written under `phase_seconds`). */
export const phase = {};
export const timed = async (name, f) => {
  const t = Date.now();
  try {
    return await f();
  } finally {
    phase[name] = Math.round((Date.now() - t) / 100) / 10;
  }
};

export const sum = (rows, k) => rows.reduce((a, r) => a + r[k], 0);
export const pad = (s, n) => String(s).padStart(n);
export const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
export const max = (xs) => (xs.length ? Math.max(...xs) : null);
export const round = (x, d = 1) => (x == null || Number.isNaN(x) ? null : Number(x.toFixed(d)));

/** Runs a command to its end; rejects on a non-zero exit. Output goes to the log array (printed on failure). */
export function run(command, args, options = {}) {
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
export function serve(dir, port) {
  const server = spawn('cargo', ['xtask', 'static', dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
    server.on('exit', (code) => reject(new Error(`server for ${dir} on ${port} exited ${code}`)));
  });
  return { server, ready };
}

/**
 * A copy of `dir` at `out` in which every text or wasm file has precompressed siblings (`x.br` at quality 11,
 * `x.gz` at level 9), which the static server sends to a browser that accepts them: the build served as a real
 * host serves it (Lighthouse then sees compressed responses). Returns `out`.
 */
export function compressedCopy(dir, out) {
  rmSync(out, { recursive: true, force: true });
  cpSync(dir, out, { recursive: true });
  for (const f of readdirSync(out, { recursive: true })) {
    if (!/\.(html|js|mjs|css|wasm|svg|json|webmanifest)$/.test(f)) continue;
    const raw = readFileSync(`${out}/${f}`);
    writeFileSync(`${out}/${f}.gz`, gzipSync(raw, { level: 9 }));
    writeFileSync(`${out}/${f}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return out;
}
