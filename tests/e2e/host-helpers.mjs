// Helpers for the specs of the widget's life cycle in host pages (the custom element, divs added later, real
// site generators, slow networks).
import { expect, test } from '@playwright/test';
import { ROOT_ORIGIN, DIST_ORIGIN, DIST_PORT } from './helpers.mjs';

/** An address on the project-root server for a page that a spec serves itself (`examples/<name>`). */
export const fixtureUrl = (name) => `${ROOT_ORIGIN}/examples/${name}`;

/** Serves `body` as an HTML page at `url` (the page's relative URLs resolve against the project root). */
export function servePage(page, url, body, headers = {}) {
  return page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', headers, body }));
}

/** A host page: `body` (the host's markup) and `embed.js` from the build. */
export const hostPage = (body, script = '<script type="module" src="../dist/embed.js"></script>') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body>
${body}
${script}
</body></html>`;

/** How many instances the wasm holds (-1 if embed.js has not run). */
export function liveInstances(page) {
  return page.evaluate(async () => {
    const h = globalThis[Symbol.for('coordination-models')];
    return h ? h.live() : -1;
  });
}

/** Waits until the wasm holds `n` instances. */
export async function expectLive(page, n, message) {
  await expect.poll(() => liveInstances(page), { message: message ?? `${n} live instance(s)` }).toBe(n);
}

/** Event listeners of `type` registered on `window` (Chrome DevTools protocol). */
export async function windowListeners(page, type) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.detach();
  return listeners.filter((l) => l.type === type).length;
}

/** Elements of the page whose shadow root holds a drawn, shown app. */
export function shownApps(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('.cm-mount:not([hidden]) .cm-root')).length,
  );
}

/**
 * Chrome's "Slow 4G" as the issue gives it (DevTools protocol network emulation): 150 ms latency, 1.6 Mbps down,
 * 750 kbps up. The test server does not compress, so the page costs its raw size here.
 */
export async function slow4g(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1000 * 1000) / 8,
    uploadThroughput: (750 * 1000) / 8,
  });
  return cdp;
}

/**
 * Records, in the page, the first contentful paint, the reader's first action (pointer or key) and when the
 * app drew its first view (its `cm-first-card` mark), for `timeline`.
 */
export async function recordTimeline(page) {
  await page.addInitScript(() => {
    window.__timeline = { fcp: null, acted: null };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__timeline.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    for (const type of ['pointerdown', 'keydown', 'wheel']) {
      // The event's timeStamp is when the input was made, not when the busy page got round to dispatching it.
      addEventListener(type, (e) => { window.__timeline.acted ??= e.timeStamp; }, { capture: true });
    }
  });
}

/**
 * Opens `url` under Slow 4G and resolves as soon as the browser reports its first contentful paint (a DevTools
 * protocol lifecycle event: no polling in the page, whose main thread is busy parsing the rest of it).
 */
export async function gotoUntilFirstPaint(page, url) {
  const cdp = await slow4g(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  const painted = new Promise((resolve) => {
    cdp.on('Page.lifecycleEvent', (e) => e.name === 'firstContentfulPaint' && resolve());
  });
  await page.goto(url, { waitUntil: 'commit' });
  await painted;
  return cdp;
}

/**
 * A click at viewport coordinates, sent straight through the DevTools protocol (press and release at once, no
 * move first), so that it reaches the browser right away even while the page is busy parsing.
 */
export function clickAt(cdp, { x, y }) {
  const event = { x, y, button: 'left', clickCount: 1 };
  return Promise.all([
    cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...event }),
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...event }),
  ]);
}

/** A mouse wheel turn at the top left of the viewport, sent straight through the DevTools protocol. */
export function wheel(cdp, deltaY) {
  return cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: 200, y: 200, deltaX: 0, deltaY });
}

/** The static page (the release build on the first test server). */
export const STATIC_URL = `${DIST_ORIGIN}/`;

/**
 * Where elements of the static page's pre-rendered copy are drawn: the centres of `selectors` in viewport
 * coordinates, and the model of the card each is in. With `scrollTo`, the window is first scrolled to bring that
 * element 300 px below the top (`scrollY` tells where). Measured in a normal load in a separate context with the
 * same viewport and the wasm held back: a reader who knows the page acts there at once.
 */
export async function layoutOf(browser, page, selectors, { scrollTo } = {}) {
  const context = await browser.newContext({ viewport: page.viewportSize() });
  const warm = await context.newPage();
  await warm.route('**/*.wasm', () => {}); // never answered: the app does not start
  await warm.goto(STATIC_URL);
  const layout = await warm.evaluate(([list, scrollTo]) => {
    if (scrollTo) window.scrollTo(0, document.querySelector(scrollTo).getBoundingClientRect().top + window.scrollY - 300);
    const at = list.map((selector) => {
      const el = document.querySelector(selector);
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, model: el.closest('[data-model]')?.getAttribute('data-model') ?? null };
    });
    return { at, scrollY: window.scrollY };
  }, [selectors, scrollTo]);
  await context.close();
  return layout;
}

/**
 * Holds back the app's wasm on `page` until the returned function is called: the pre-rendered copy stays the page
 * for as long as the test needs (a slow connection made certain, instead of a race against a loaded machine).
 */
export async function holdApp(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** { fcp, acted, appDrawn } in ms since navigation (appDrawn: null while the app has not drawn). */
export function timeline(page) {
  return page.evaluate(() => ({
    ...window.__timeline,
    appDrawn: performance.getEntriesByName('cm-first-card')[0]?.startTime ?? null,
  }));
}

/**
 * Opens the static page under Slow 4G and runs `act(cdp)` (the reader's input) as soon as it has painted. The run
 * counts only if the first input came within 100 ms of first paint and before the app drew anything; on a
 * machine too busy to manage that, the page is loaded again (cold: the cache is off), up to `attempts` times.
 */
export async function actAtFirstPaint(page, act, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const cdp = await gotoUntilFirstPaint(page, STATIC_URL);
    await act(cdp);
    await expect.poll(async () => (await timeline(page)).acted, { message: 'the reader acted' }).not.toBeNull();
    const t = await timeline(page);
    const inTime = t.acted - t.fcp < 100 && (t.appDrawn === null || t.appDrawn > t.acted);
    const note = `attempt ${attempt}: first paint ${Math.round(t.fcp)} ms, acted ${Math.round(t.acted - t.fcp)} ms after it, app drawn ${t.appDrawn === null ? 'later' : `at ${Math.round(t.appDrawn)} ms`}`;
    test.info().annotations.push({ type: 'timeline', description: note });
    if (inTime) return t;
    if (attempt === attempts) {
      expect(t.acted - t.fcp, `acted within 100 ms of first paint (${note})`).toBeLessThan(100);
      expect(t.appDrawn === null || t.appDrawn > t.acted, `acted before the app drew (${note})`).toBe(true);
    }
  }
}

/** The focused element, followed into shadow roots: { tag, text, inShadow }. */
export function deepFocus(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let inShadow = false;
    while (el?.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
      inShadow = true;
    }
    return { tag: el?.localName, text: (el?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80), inShadow, model: el?.closest('[data-model]')?.getAttribute('data-model') ?? null };
  });
}

/** The server of the real host sites (tests/hosts/build-sites.mjs). */
export const SITES_ORIGIN = `http://127.0.0.1:${DIST_PORT + 2}`;

/** Fails with the builder's reason when a host site could not be built (e.g. its generator is not installed). */
export async function expectSiteBuilt(request, name) {
  const failed = await request.get(`${SITES_ORIGIN}/${name}/BUILD-FAILED.txt`);
  expect(failed.ok() ? await failed.text() : '', `the ${name} host site was built (tests/hosts/build-sites.mjs)`).toBe('');
}

/** The first answer (checkbox or radio) of the wizard's current question inside `root`. */
export const firstAnswer = (root) => root.getByRole('checkbox').or(root.getByRole('radio')).first();

/**
 * The page's heap after forced garbage collection (DevTools protocol): `used`, the JS heap in use as V8 reports
 * it, and `objects`, the self sizes of a heap snapshot's nodes without compiled code. V8 keeps compiling more of
 * the page's JS and of the wasm as they run (tiering up), which grows `used` for a while without any object
 * being kept, so leaks are judged by `objects`. Also the wasm's memory.
 */
export async function heapFigures(page, cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const chunks = [];
  const collect = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snapshot = JSON.parse(chunks.join(''));
  const fields = snapshot.snapshot.meta.node_fields;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const types = snapshot.snapshot.meta.node_types[0];
  let objects = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const compiled = types[snapshot.nodes[i + type]] === 'code' || snapshot.strings[snapshot.nodes[i + name]].includes('WasmNativeModule');
    if (!compiled) objects += snapshot.nodes[i + size];
  }
  const wasm = await page.evaluate(() => globalThis[Symbol.for('coordination-models')]?.wasmMemory() ?? 0);
  return { used: usedSize, objects, wasm };
}
