// From samples to figures and onto the console: the search latency figures for one page size, how search grows
// with the model count, and the summary printed after the measurements (from the results written to JSON).
import { cpus } from 'node:os';
import { SCALE, LIGHTHOUSE, QUERIES, PAGE_BUDGET_GZIP, APP_BUDGET_GZIP, median, max, round, pad } from './util.mjs';

export const ms = (x) => (x == null ? 'n/a' : `${x} ms`);
export const line = (label, value) => console.log(`${label.padEnd(46)}${value}`);

/** The search figures for search[n] (null without samples). */
export const searchFigures = (search, n) => {
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

/** How search latency grows from 1000 to 5000 models (and from 27 to 1000); null without both. */
export function growthFigures(s27, b27, s1000, s5000) {
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
  return growth;
}

/** Prints the summary of `results` (the object written to bench-results/latest.json), up to the phase timings. */
export function printSummary(results) {
  const pageCost = results.static_page_bytes;
  const { real_27: s27, bench_27: b27, bench_1000: s1000, bench_5000: s5000, growth, error: scaleError } = results.search_latency;
  const lighthouse = results.lighthouse;
  console.log(`\nCold loads: ${results.runs} per figure; machine: ${results.machine}; load average ${results.load_average.start} at start, ${results.load_average.end} at end`);
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
  const parts = results.page_parts;
  if (parts) {
    console.log(`\nWhere the page's ${parts.page_gzip} gzip bytes go (what removing each part would save)`);
    line(`  the ${parts.cards} cards' pre-rendered details`, `${parts.card_details_gzip} B (the page without them: ${parts.page_gzip - parts.card_details_gzip} B)`);
    line('    of which the source lists', `${parts.source_lists_gzip} B`);
    line('    of which the source marks after statements', `${parts.source_marks_gzip} B`);
    line('  the page\'s text alone, tags stripped', `${parts.statement_text_gzip} B`);
  }
  line('time to first card (median)', ms(results.first_card_ms_median));
  line('first contentful paint (median)', ms(results.first_contentful_paint_ms_median));
  line('largest contentful paint (median)', ms(results.largest_contentful_paint_ms_median));
  line('cumulative layout shift (median / max)', `${results.cumulative_layout_shift_median} / ${results.cumulative_layout_shift_max}`);
  line('time to interactive (median / max)', `${ms(results.time_to_interactive_ms_median)} / ${ms(results.time_to_interactive_ms_max)}`);
  line('one wizard step, Next to legend (median/max)', `${ms(results.wizard_step_ms_median)} / ${ms(results.wizard_step_ms_max)}  (to next paint ${ms(results.wizard_step_paint_ms_median)}; ${results.wizard_step_samples} steps)`);
  line('check-up: answer to its count (median/max)', `${ms(results.checkup_answer_ms_median)} / ${ms(results.checkup_answer_ms_max)}  (to next paint ${ms(results.checkup_answer_paint_ms_median)}; ${results.checkup_answer_samples} answers)`);
  line('check-up: result to verdict (median/max)', `${ms(results.checkup_result_ms_median)} / ${ms(results.checkup_result_ms_max)}  (to next paint ${ms(results.checkup_result_paint_ms_median)}; ${results.checkup_result_samples} results)`);
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
  console.log(`\nPhases (s): ${Object.entries(results.phase_seconds).map(([k, v]) => `${k} ${v}`).join(', ')}; total ${results.total_seconds} s`);
}
