// The in-page snippets the benchmark runs in Chromium (as source text: init scripts installed before the page's own,
// or functions handed to page.evaluate): the paint/LCP/layout-shift observers, the time-to-interactive probe, the
// DOM-change-and-next-paint timer behind search and wizard timings; and cls(), which turns the recorded layout
// shifts into Chromium's cumulative layout shift.

/** In the page: the element the app renders into (the widget's shadow root on the real page, #bench on bench.html). */
export const ROOT_FN = `() => document.querySelector('[data-coordination-models]')?.shadowRoot ?? document.querySelector('#bench')`;

// Installed before any page script: records paint, LCP and layout-shift entries from the start of the load.
export const OBSERVERS = `(() => {
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
export const TTI_PROBE = `(() => {
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
export const MEASURE_FN = `(target, ready, act, timeout) => new Promise((resolve) => {
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
export const SEARCH_ONCE = `async ([q, timeout]) => {
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
export const WIZARD_STEPS = `async (maxSteps) => {
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

/**
 * In the page (check-up questions): answers each question "Yes" in turn, measuring until the "N of M answered"
 * status shows the new count; then presses "See the result" and measures until the verdict's heading is drawn.
 * Returns { answers: [{ dom, paint }...], result: { dom, paint } }.
 */
export const CHECKUP_STEPS = `async () => {
  const root = (${ROOT_FN})();
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const answers = [];
  const groups = [...root.querySelectorAll('.cm-checkup fieldset')];
  for (let i = 0; i < groups.length; i++) {
    const yes = groups[i].querySelector('input[value=y]');
    const want = (i + 1) + ' of ';
    answers.push(await (${MEASURE_FN})(root, () => (root.querySelector('.cm-checkup [role=status]')?.textContent || '').startsWith(want), () => yes.click(), 2000));
    await frame();
  }
  const see = [...root.querySelectorAll('.cm-checkup button')].find((b) => b.textContent.trim() === 'See the result');
  const result = await (${MEASURE_FN})(root, () => root.querySelector('.cm-checkup-result h2'), () => see.click(), 2000);
  return { answers, result };
}`;

/** CLS as Chromium defines it: the largest session window (gaps < 1 s, at most 5 s) of shifts without recent input. */
export function cls(shifts) {
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
