// Helpers for the specs of the widget's life cycle in host pages (the custom element, divs added later, real
// site generators, slow networks).
import { expect } from '@playwright/test';
import { ROOT_ORIGIN } from './helpers.mjs';

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
