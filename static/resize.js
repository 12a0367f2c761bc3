// Parent-page helper for the iframe embed: resizes every iframe that shows this widget to its content.
// Load it from the same place as the widget: <script src="https://HOST/PATH/resize.js" defer></script>.
// It accepts height messages only from the origin this script was loaded from.
(() => {
  const origin = new URL(document.currentScript.src).origin;
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== 'coordination-models:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  });
})();
