// Issue "fast, light, accessible": on the static page the pre-rendered catalogue is painted on HTML and CSS
// alone; the wasm is requested only after that paint, so it never competes with it for bandwidth, and the
// app's identical redraw does not become a later largest paint.
import { test, expect } from '@playwright/test';
import { openApp } from './helpers.mjs';

test('the wasm is requested only after the pre-rendered catalogue has painted, and the layout does not move', async ({ page }) => {
  await page.addInitScript(() => {
    window.__paint = { lcp: [], shift: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paint.lcp.push(e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paint.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openApp(page);
  const m = await page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return { ...window.__paint, wasmStart: wasm ? wasm.startTime : null };
  });
  expect(m.wasmStart, 'the wasm was loaded').not.toBeNull();
  expect(m.lcp.length, 'a largest-contentful-paint entry').toBeGreaterThan(0);
  expect(m.wasmStart).toBeGreaterThanOrEqual(m.lcp[0]);
  // The app's first frame replaced the pre-rendered copy without becoming a new, larger paint or a shift.
  expect(m.lcp, 'one largest paint: the pre-rendered content').toHaveLength(1);
  expect(m.shift).toBe(0);
});
