// Shared helpers for the end-to-end specs: locators by role and label, and the data files' ids and names.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { parse } from 'smol-toml';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** Number of models in the catalogue. */
export const TOTAL = 27;

/** A data file parsed as TOML (smol-toml): tables and arrays of tables become objects and arrays. */
function readToml(name) {
  return parse(readFileSync(dataDir + name, 'utf8'));
}

/** The text of a field written either as a string or as an inline table `{ src = "...", text = "..." }`. */
function text(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value.text === 'string') return value.text;
  return undefined;
}

/** Models in file order, as { id, name }, read from data/catalogue.toml. */
export function models() {
  return (readToml('catalogue.toml').model ?? []).map((m) => ({ id: m.id, name: text(m.name) }));
}

/** Model name for an id. */
export function modelName(id) {
  const m = models().find((x) => x.id === id);
  if (!m) throw new Error(`no model ${id} in catalogue.toml`);
  return m.name;
}

/**
 * Scenarios and witnesses from data/scenarios.toml (the scenarios first, then the witnesses, each in file order):
 * { kind: 'scenario' | 'witness', name, answers: {question: answer}, includes: [ids], excludes: [ids] }.
 */
export function scenarios() {
  const data = readToml('scenarios.toml');
  const scenario = (data.scenario ?? []).map((s) => ({
    kind: 'scenario',
    name: text(s.name) ?? '',
    answers: { ...(s.answers ?? {}) },
    includes: [...(s.top3_includes ?? [])],
    excludes: [...(s.top3_excludes ?? [])],
  }));
  const witness = (data.witness ?? []).map((w) => ({
    kind: 'witness',
    name: `witness for ${w.model}`,
    answers: { ...(w.answers ?? {}) },
    includes: [w.model],
    excludes: [...(w.top3_excludes ?? [])],
  }));
  return [...scenario, ...witness];
}

/** The `a=` value of a wizard link for an answers map. */
export function answersParam(answers) {
  return Object.entries(answers)
    .flatMap(([q, a]) => (Array.isArray(a) ? a : [a]).map((x) => `${q}.${x}`))
    .join(',');
}

/** The widget's mount element. */
export function widget(page) {
  return page.locator('[data-coordination-models]');
}

/**
 * Waits until every widget on a page or frame is live: mounted in its shadow root, revealed, and the
 * pre-rendered copy in the light DOM (which looks the same but does not respond) removed.
 */
export async function waitForLive(target) {
  await target.waitForFunction(() => {
    const hosts = [...document.querySelectorAll('[data-coordination-models]')];
    return hosts.length > 0 && hosts.every((h) => h.shadowRoot?.querySelector('.cm-mount:not([hidden]) .cm-root') && h.children.length === 0);
  });
}

/** Loads the page (optionally with a hash such as '#q=team') and waits until the widget is live. */
export async function openApp(page, hash = '') {
  await page.goto('/' + hash);
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordination models' })).toBeVisible();
}

/** The model cards of the catalogue grid. */
export function cards(page) {
  return widget(page).getByRole('region', { name: 'Catalogue' }).getByRole('article');
}

/** The card of one model, found by its heading. */
export function card(page, name) {
  return cards(page).filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

/**
 * A card's details toggle: its native <summary> ("Show details for NAME"; ARIA gives <summary> no role of its own,
 * so it is found by its visible text). `open` is the card's <details>, whose `open` property says if it is open.
 */
export function detailsToggle(cardLocator) {
  return cardLocator.locator('summary').filter({ hasText: /(Show|Hide) details/ });
}

/** Expects a card's details to be open (or closed). */
export async function expectDetailsOpen(cardLocator, open = true) {
  await expect(cardLocator.locator('details.cm-more')).toHaveJSProperty('open', open);
}

/** The catalogue's result-count status line. */
export function countStatus(page) {
  return widget(page).getByRole('status').filter({ hasText: /^Showing / });
}

/** The notice about a link that could not be used. */
export function linkNotice(page) {
  return widget(page).getByRole('status').filter({ hasText: 'could not be used' });
}

/** The search box. */
export function searchBox(page) {
  return widget(page).getByRole('searchbox', { name: /Search/ });
}

/** A facet checkbox, e.g. facet(page, 'Category', 'Role-based'). */
export function facet(page, legend, label) {
  return widget(page).getByRole('group', { name: legend, exact: true }).getByRole('checkbox', { name: label, exact: true });
}

/** Expects the status line to say how many models are shown. */
export async function expectShowing(page, n) {
  const text = n === TOTAL ? `Showing all ${TOTAL} models` : `Showing ${n} of ${TOTAL} models`;
  await expect(countStatus(page)).toHaveText(text);
  await expect(cards(page)).toHaveCount(n);
}

/** Reads the count from the status line. */
export async function shownCount(page) {
  const text = await countStatus(page).innerText();
  if (text.startsWith('Showing all')) return TOTAL;
  const m = text.match(/^Showing (\d+) of/);
  if (!m) throw new Error(`unexpected status: ${text}`);
  return Number(m[1]);
}

/** The wizard's question group (the fieldset named by its legend). */
export function question(page, prompt) {
  return widget(page).getByRole('group', { name: prompt });
}

/** The wizard results region. */
export function results(page) {
  return widget(page).getByRole('region', { name: 'Wizard results' });
}

/** Names (without the "1. " or tied "=1. " rank) of the top results, in order. */
export async function topNames(page) {
  const headings = await results(page).getByRole('list').first().getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts();
  return headings.map((h) => h.replace(/^=?\d+\.\s*/, ''));
}

/** The heading of the result at index i: its rank ("2", or "=1" when tied with the one above) and name. */
export function rankHeading(i, name) {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(${i + 1}|=\\d+)\\. ${esc}$`);
}

/** How a result states its fit: in words, with the score beside it. */
export const FIT_TEXT = /(Strong|Good|Possible|Poor) fit \(score [+-]\d+\)/;

/**
 * Throws unless the focused element is a real control (not body) with a visible focus indicator.
 * Returns a short description of the focused element.
 */
export async function expectVisibleFocus(page, { soft = false } = {}) {
  const check = soft ? expect.soft : expect;
  const info = await page.evaluate(() => {
    // The widget renders in a shadow root: follow activeElement into it.
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { onBody: true };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow && cs.boxShadow !== 'none';
    const label = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40);
    return { onBody: false, visible: outline || shadow, desc: `${el.tagName.toLowerCase()} "${label}"`, outline: `${cs.outlineStyle} ${cs.outlineWidth}`, shadow: cs.boxShadow };
  });
  check(info.onBody, 'focus must not fall back to <body>').toBe(false);
  if (!info.onBody) check(info.visible, `focus indicator on ${info.desc} (outline ${info.outline}, box-shadow ${info.shadow})`).toBe(true);
  return info.desc;
}

/** Presses `key`, then checks focus is visible and not on body (with `soft`, a failed check lets the test go on). */
export async function press(page, key, options = {}) {
  await page.keyboard.press(key);
  return expectVisibleFocus(page, options);
}

/** Presses Tab (checking focus each time) until `locator` has focus; fails after `max` presses. */
export async function tabTo(page, locator, max = 60, options = {}) {
  for (let i = 0; i < max; i++) {
    await press(page, 'Tab', options);
    if (await locator.evaluate((el) => el === el.getRootNode().activeElement)) return;
  }
  throw new Error(`Tab did not reach ${locator} within ${max} presses`);
}

/** Collects console errors, page errors and requests of a page for later checks. */
export function recordProblems(page) {
  const problems = { consoleErrors: [], pageErrors: [], requests: [], failed: [], pending: new Set() };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  page.context().on('request', (r) => {
    problems.requests.push(r.url());
    problems.pending.add(r);
  });
  page.context().on('requestfinished', (r) => problems.pending.delete(r));
  page.context().on('requestfailed', (r) => {
    problems.pending.delete(r);
    problems.failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.context().on('response', (r) => {
    if (r.status() >= 400) problems.failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  return problems;
}

/**
 * Waits until every request recorded by `recordProblems` so far has finished or failed, so that the checks of failed
 * requests and console errors see their outcome. A condition on the requests themselves, not Playwright's
 * 'networkidle' (a 500 ms quiet window that a loaded machine or a lazy frame can keep from ever coming); a request
 * that never ends fails here with its address.
 */
export async function requestsDone(problems) {
  await expect.poll(() => [...problems.pending].map((r) => r.url()), { message: 'requests still under way' }).toEqual([]);
}

/** Wizard questions in order, as { id, onlyIf: ['question.answer', ...], answers: [ids] }, from data/catalogue.toml. */
export function questions() {
  return (readToml('catalogue.toml').question ?? []).map((q) => ({
    id: q.id,
    onlyIf: [...(q.only_if ?? [])],
    answers: (q.answer ?? []).map((a) => a.id),
  }));
}

/**
 * A complete answer set: the given answers plus "unsure" for every question that is shown but not answered
 * ("unsure" moves no score, so the ranking is the same as with the question left out).
 */
export function completeAnswers(answers) {
  const out = {};
  for (const q of questions()) {
    const shown = q.onlyIf.length === 0 || q.onlyIf.some((c) => {
      const [pq, pa] = c.split('.');
      return [out[pq]].flat().includes(pa);
    });
    if (!shown) continue;
    out[q.id] = answers[q.id] ?? 'unsure';
    for (const a of [out[q.id]].flat()) {
      if (!q.answers.includes(a)) throw new Error(`question ${q.id} has no answer ${a}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Helpers for the embed, offline, compare, map and print specs.

/** The project root and the release build on disk (absolute paths ending in a slash). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The second test server, serving the project root: the build under a sub-path, and the example blog post. */
/** The port of the build's server (playwright.config.mjs: E2E_PORT, default 4173); the project root's is the next. */
export const DIST_PORT = Number(process.env.E2E_PORT || 4173);
/** The build's origin. */
export const DIST_ORIGIN = `http://127.0.0.1:${DIST_PORT}`;
export const ROOT_ORIGIN = `http://127.0.0.1:${DIST_PORT + 1}`;
export const SUBPATH_URL = `${ROOT_ORIGIN}/dist/`;
export const BLOG_POST_URL = `${ROOT_ORIGIN}/examples/blog-post.html`;

/** The first question's prompt (it takes up to two answers, as checkboxes). */
export const PROBLEM_PROMPT = 'What problem are you trying to solve?';

/** "Outage spans several teams" from data/scenarios.toml as [question prompt, answer label]; Task force ranks first. */
export const OUTAGE_STEPS = [
  [PROBLEM_PROMPT, 'A serious problem cuts across several teams and has to be fixed now'],
  ['Is the work already an agreed priority for every team that has to take part?', 'Yes, it is ranked above the teams\' own plans'],
  ['How long will the need last?', 'A few weeks: a crisis, an incident or a hard deadline'],
  ['How many teams are involved?', 'Several teams, but not the whole organisation'],
  ['Can you change reporting lines?', 'We can lend people to other teams for a while, but reporting lines stay'],
  ['Seen from the group that needs the work done: who could do it?', 'Not sure / doesn\'t apply'],
  ['How closely do the people involved need to work together?', 'They need to do real work together, day to day'],
];

/** The answer control (a radio, or a checkbox for a question that takes several) named `label` in a question group. */
export function choice(group, label) {
  return group.getByRole('radio', { name: label, exact: true }).or(group.getByRole('checkbox', { name: label, exact: true }));
}

/** The model cards of the catalogue inside one widget (`root` is its mount element), for pages with several. */
export function cardsIn(root) {
  return root.getByRole('region', { name: 'Catalogue' }).getByRole('article');
}

/** The wizard results region inside one widget. */
export function resultsIn(root) {
  return root.getByRole('region', { name: 'Wizard results' });
}

/** Answers the wizard inside one widget question by question (choosing answers by label), up to the results. */
export async function answerWizard(root, steps = OUTAGE_STEPS) {
  for (const [prompt, label] of steps) {
    await choice(root.getByRole('group', { name: prompt }), label).check();
    await root.getByRole('button', { name: /^(Next|See results)$/ }).click();
  }
  await expect(resultsIn(root).getByRole('heading', { level: 2, name: 'Your best-fitting models' })).toBeVisible();
}

/** Names (without the rank) of the top results inside one widget, in order. */
export async function topNamesIn(root) {
  const headings = await resultsIn(root).getByRole('list').first().getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts();
  return headings.map((h) => h.replace(/^\d+\.\s*/, ''));
}

/** WCAG relative luminance of a computed CSS colour such as "rgb(21, 24, 28)". */
export function luminance(css) {
  const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Like expectVisibleFocus, but also accepts a focused SVG link (a node of the model map), whose focus indicator is
 * drawn on its shape: its stroke must be wider than every unfocused node's. Returns a short description.
 */
export async function expectVisibleFocusIncludingSvg(page) {
  const info = await page.evaluate(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { onBody: true };
    const cs = getComputedStyle(el);
    const label = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40);
    const desc = `${el.tagName.toLowerCase()} "${label}"`;
    if ((cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow && cs.boxShadow !== 'none')) {
      return { onBody: false, visible: true, desc, how: `outline ${cs.outlineStyle} ${cs.outlineWidth}` };
    }
    if (el instanceof SVGElement) {
      const shape = (node) => node.querySelector('circle, rect, ellipse, path');
      const width = (node) => (shape(node) ? parseFloat(getComputedStyle(shape(node)).strokeWidth) : 0);
      const others = [...el.parentNode.children].filter((x) => x !== el && x.tagName === el.tagName);
      const widest = Math.max(0, ...others.map(width));
      return { onBody: false, visible: width(el) > widest, desc, how: `stroke ${width(el)} vs unfocused up to ${widest}` };
    }
    return { onBody: false, visible: false, desc, how: `outline ${cs.outlineStyle} ${cs.outlineWidth}, box-shadow ${cs.boxShadow}` };
  });
  expect(info.onBody, 'focus must not fall back to <body>').toBe(false);
  expect(info.visible, `focus indicator on ${info.desc} (${info.how})`).toBe(true);
  return info.desc;
}

/** Presses Tab (checking visible focus, SVG links included) until `locator` has focus; fails after `max` presses. */
export async function tabToIncludingSvg(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocusIncludingSvg(page);
    if (await locator.evaluate((el) => el === el.getRootNode().activeElement)) return;
  }
  throw new Error(`Tab did not reach ${locator} within ${max} presses`);
}

/** On a loaded page: 27 cards, then the wizard run with OUTAGE_STEPS reaches results with Task force in the top 3. */
export async function expectCardsThenWizard(page) {
  await waitForLive(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Coordination models' })).toBeVisible();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expectShowing(page, TOTAL);
  await page.getByRole('button', { name: 'Help me choose' }).click();
  await answerWizard(widget(page));
  const top = await topNamesIn(widget(page));
  expect(top).toHaveLength(3);
  expect(top).toContain('Task force');
}
