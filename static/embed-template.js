// Coordination Models loader (generated at build time from static/embed-template.js).
// Load it as <script type="module" src=".../embed.js"> and it mounts the widget into every
// [data-coordination-models] element. All files are found relative to this script, so any path works.
import init from './__JS__';

const css = '__CSS__';
const roots = () => document.querySelectorAll('[data-coordination-models]');

function fail(error) {
  console.error('coordination-models: could not start', error);
  for (const el of roots()) {
    if (!el.querySelector('.cm-root')) {
      const box = document.createElement('p');
      box.className = 'cm-failed';
      box.setAttribute('role', 'alert');
      box.textContent = 'The coordination models could not be loaded here. Reload the page to try again.';
      el.replaceChildren(box);
    }
  }
}

try {
  if (css && !document.querySelector('link[rel="stylesheet"][href$="' + css + '"]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(css, import.meta.url).href;
    document.head.appendChild(link);
  }
  await init({ module_or_path: new URL('__WASM__', import.meta.url) });
  if (document.querySelector('meta[name="coordination-models-offline"]') && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register(new URL('sw.js', import.meta.url)).catch((e) => {
      console.warn('coordination-models: offline copy unavailable', e);
    });
  }
} catch (error) {
  fail(error);
}
