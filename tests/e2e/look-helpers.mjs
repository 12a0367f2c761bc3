// Helpers for specs about how things look: a pixel of the page as drawn, and colour contrast.
import { inflateSync } from 'node:zlib';

/**
 * The colour [r, g, b] of the page as drawn at (x, y) in the viewport: a 1×1 screenshot, decoded here (a one-pixel
 * PNG's only row holds the pixel itself whatever its filter, as a filter with nothing to its left or above adds 0).
 */
export async function pixelAt(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, animations: 'disabled', caret: 'hide' });
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const row = inflateSync(Buffer.concat(chunks));
  return [row[1], row[2], row[3]];
}

/** [r, g, b] of a computed CSS colour such as `rgb(21, 24, 28)` or `rgba(0, 0, 0, 0)`. */
export function rgb(css) {
  const m = css.match(/[\d.]+/g);
  return m.slice(0, 3).map(Number);
}

/** Relative luminance (WCAG 2) of [r, g, b]. */
export function luminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two [r, g, b] colours. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Runs in the page: the text colour of `el` and the first opaque background behind it (walking out through shadow
 * roots), both as computed CSS colours.
 */
export function colours(el) {
  const color = getComputedStyle(el).color;
  for (let e = el; e; e = e.parentElement || e.getRootNode().host) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return { color, background: bg };
  }
  return { color, background: 'rgb(255, 255, 255)' };
}
