// Lighthouse (mobile preset, its own Chromium) against the served dist/: the category scores, the audits not passed
// or errored, its metrics and warnings; { ok: false, error } when it could not run. Full report in target/.
import { readFileSync, mkdirSync } from 'node:fs';
import { CHROME, run, round } from './util.mjs';

export async function runLighthouse(url) {
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
    return {
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
    return { ok: false, error: `${e.message}${e.log ? `\n${e.log.split('\n').filter(Boolean).slice(-12).join('\n')}` : ''}` };
  }
}
