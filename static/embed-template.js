// Coordination Models loader (generated at build time from static/embed-template.js).
// Load it as <script type="module" src=".../embed.js"> and it mounts the widget into every
// [data-coordination-models] element, each in its own shadow root. All files are found relative to
// this script, so the build works from any path of any static host.
const css = new URL('__CSS__', import.meta.url).href;
const roots = () => document.querySelectorAll('[data-coordination-models]');

function fail(error) {
  console.error('coordination-models: could not start', error);
  for (const el of roots()) {
    if (!el.shadowRoot) {
      const box = document.createElement('p');
      box.setAttribute('role', 'alert');
      box.textContent = 'The coordination models could not be loaded here. Reload the page to try again.';
      // Keep a pre-rendered catalogue (the static page's) readable; replace a plain "Loading…".
      if (el.querySelector('.cm-root')) el.prepend(box);
      else el.replaceChildren(box);
    }
  }
}

// Opened as an iframe (?embed=1): report the page height to the parent, which resizes the frame.
function reportHeight() {
  if (window.parent === window || !new URLSearchParams(location.search).has('embed')) return;
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'coordination-models:height', height }, '*');
    }
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

// Resolves once the browser has recorded the pre-rendered content as painted (its largest-contentful-paint
// entry), so that paint, not the app's identical redraw, is what readers and metrics see first. Falls back to
// the next frame where that entry type is unknown, and to 300 ms (hidden tabs report no paints).
function afterFirstPaint() {
  return new Promise((resolve) => {
    setTimeout(resolve, 300);
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
  });
}

// Resolves once any widget element is within one screen height of the viewport. A widget far down a blog post
// costs a reader who never scrolls to it only this file: the app's JS and wasm are requested when the reader
// approaches it, early enough that it is usually drawn before it comes into view.
function nearViewport(elements) {
  return new Promise((resolve) => {
    if (!('IntersectionObserver' in window) || elements.length === 0) return resolve();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin: '100% 0px' },
    );
    for (const el of elements) observer.observe(el);
  });
}

// When to request the app:
// - on the static page (it carries the pre-rendered catalogue), once that copy has painted, so the reader's first
//   view costs only HTML and CSS and the app's identical redraw comes after it (the JS glue is fetched meanwhile);
// - for a shared link to a widget's state (`data-url="hash"` and a hash in the address), at once;
// - otherwise (a script embed), when a widget comes near the viewport.
function whenToLoad(prerendered) {
  if (prerendered) return afterFirstPaint();
  if (location.hash.length > 1 && document.querySelector('[data-coordination-models][data-url="hash"]')) return null;
  return nearViewport([...roots()]);
}

try {
  const prerendered = document.querySelector('[data-coordination-models] .cm-root') !== null;
  const glue = prerendered ? import('./__JS__') : null;
  for (const el of roots()) {
    el.setAttribute('data-cm-css', css);
    el.setAttribute('data-cm-home', new URL('./', import.meta.url).href);
  }
  await whenToLoad(prerendered);
  const { default: init } = await (glue ?? import('./__JS__'));
  await init({ module_or_path: new URL('__WASM__', import.meta.url) });
  reportHeight();
  if (document.querySelector('meta[name="coordination-models-offline"]') && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch((e) => {
      console.warn('coordination-models: offline copy unavailable', e);
    });
  }
} catch (error) {
  fail(error);
}
