// Coordination Models loader (generated at build time from static/embed-template.js).
// Load it as <script type="module" src=".../embed.js">. It defines the <coordination-models> element and also
// serves every [data-coordination-models] element, including those a page adds or removes later: each gets its
// own instance in a shadow root when it comes near the viewport, and loses it (app, listeners, observers) when it
// leaves the page. Loaded twice, it runs once. All files are found relative to this script, so the build works
// from any path of any static host.
const KEY = Symbol.for('coordination-models');
const TAG = 'coordination-models';
const DIVS = '[data-coordination-models]';
const SETTINGS = ['view', 'theme', 'accent', 'filters', 'url', 'model', 'models', 'answers'];

const css = new URL('__CSS__', import.meta.url).href;
const home = new URL('./', import.meta.url).href;

/** Elements with an instance requested (mounted, or waiting to be). */
const hosts = new Set();
let app = null;
let failure = null;

/** A setting of an element: a plain attribute of <coordination-models>, a data-* attribute of a div. */
const setting = (el, name) => el.getAttribute(el.localName === TAG ? name : `data-${name}`);

/** Loads the app's JS and wasm, once. */
function load() {
  app ??= (async () => {
    const glue = await import('./__JS__');
    const wasm = await glue.default({ module_or_path: new URL('__WASM__', import.meta.url) });
    reportHeight();
    if (document.querySelector('meta[name="coordination-models-offline"]') && 'serviceWorker' in navigator) {
      navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch((e) => {
        console.warn('coordination-models: offline copy unavailable', e);
      });
    }
    return { glue, wasm };
  })();
  return app;
}

function fail(error) {
  if (!failure) console.error('coordination-models: could not start', error);
  failure = error;
  for (const el of hosts) {
    if (el.shadowRoot?.querySelector('.cm-mount')) continue;
    const box = document.createElement('p');
    box.setAttribute('role', 'alert');
    box.textContent = 'The coordination models could not be loaded here. Reload the page to try again.';
    // Keep a pre-rendered catalogue (the static page's) readable; replace the loading line.
    if (el.querySelector('.cm-root')) {
      if (!el.querySelector(':scope > [role="alert"]')) el.prepend(box);
    } else el.replaceChildren(box);
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
// the next frame where that entry type is unknown, at once in a hidden tab (it reports no paints), and to 3 s.
let painted = null;
function afterFirstPaint() {
  painted ??= new Promise((resolve) => {
    setTimeout(resolve, document.visibilityState === 'hidden' ? 0 : 3000);
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
  });
  return painted;
}

// A widget is started when it comes within one screen height of the viewport: a widget far down a blog post
// costs a reader who never scrolls to it only this file, and is usually drawn before it comes into view.
const nearViewport =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) {
              nearViewport.unobserve(entry.target);
              activate(entry.target);
            }
          }
        },
        { rootMargin: '100% 0px' },
      )
    : null;

async function activate(el) {
  try {
    const { glue } = await load();
    if (hosts.has(el) && el.isConnected) glue.mount(el);
  } catch (error) {
    fail(error);
  }
}

/** Until it is live, a script embed shows a line with a link to the static page (the static page shows its copy). */
function placeholder(el) {
  if (el.querySelector('.cm-root') || el.childElementCount > 0 || el.textContent.trim() !== '') return;
  const line = document.createElement('p');
  line.className = 'cm-loading';
  const link = document.createElement('a');
  link.href = home;
  link.textContent = 'open them on their own page';
  line.append('The coordination models are loading; you can also ', link, '.');
  el.replaceChildren(line);
}

// When to start an element's instance:
// - on the static page (it carries the pre-rendered catalogue), once that copy has painted, so the reader's first
//   view costs only HTML and CSS (the JS glue is fetched meanwhile);
// - for a shared link to a widget's state (`url="hash"` and a hash in the address), at once;
// - otherwise (a script embed), when it comes near the viewport.
function register(el) {
  if (hosts.has(el)) return;
  hosts.add(el);
  el.setAttribute('data-cm-css', css);
  el.setAttribute('data-cm-home', home);
  if (failure) return fail(failure);
  if (el.querySelector('.cm-root')) {
    import('./__JS__').catch(() => {});
    afterFirstPaint().then(() => activate(el));
  } else {
    placeholder(el);
    if ((location.hash.length > 1 && setting(el, 'url') === 'hash') || !nearViewport) activate(el);
    else nearViewport.observe(el);
  }
}

/** An element left the page: unless it comes back in the same task (a move), its instance goes. */
function release(el) {
  queueMicrotask(async () => {
    if (el.isConnected || !hosts.delete(el)) return;
    nearViewport?.unobserve(el);
    if (app) {
      try {
        (await app).glue.unmount(el);
      } catch {
        // The app never started: there is nothing to unmount.
      }
    }
  });
}

async function changed(el) {
  if (!hosts.has(el) || !app) return;
  try {
    (await app).glue.update(el);
  } catch {
    // The app never started: it reads the settings when it does.
  }
}

class CoordinationModels extends HTMLElement {
  static observedAttributes = SETTINGS;

  connectedCallback() {
    // A framework may have set a setting as a property before this class was defined: make it an attribute.
    for (const name of SETTINGS) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    register(this);
  }

  disconnectedCallback() {
    release(this);
  }

  attributeChangedCallback() {
    changed(this);
  }
}
for (const name of SETTINGS) {
  Object.defineProperty(CoordinationModels.prototype, name, {
    get() {
      return this.getAttribute(name);
    },
    set(value) {
      if (value == null) this.removeAttribute(name);
      else this.setAttribute(name, value);
    },
  });
}

/** The divs in and under a node. */
function divsIn(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const found = [...node.querySelectorAll(DIVS)];
  if (node.matches(DIVS)) found.unshift(node);
  return found.filter((el) => el.localName !== TAG);
}

if (!globalThis[KEY]) {
  globalThis[KEY] = {
    /** Instances mounted now (for tests: none may outlive its element). */
    live: async () => (app ? (await app).glue.liveInstances() : 0),
    /** Bytes of the wasm's memory. */
    wasmMemory: async () => (app ? (await app).wasm.memory.buffer.byteLength : 0),
  };
  if (!customElements.get(TAG)) customElements.define(TAG, CoordinationModels);
  for (const el of divsIn(document.documentElement)) register(el);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.localName !== TAG && record.target.matches(DIVS)) {
          if (record.attributeName === 'data-coordination-models') register(record.target);
          else changed(record.target);
        }
        continue;
      }
      for (const node of record.removedNodes) divsIn(node).forEach(release);
      for (const node of record.addedNodes) divsIn(node).forEach(register);
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-coordination-models', ...SETTINGS.map((name) => `data-${name}`)],
  });
}
