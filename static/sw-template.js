// Service worker (generated at build time from static/sw-template.js): precaches every file of one
// build under a cache named after its content, so a new deploy never mixes old and new files.
const CACHE = 'coordination-models-__VERSION__';
const FILES = [
  __FILES__
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('coordination-models-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const scope = self.registration.scope;
  if (request.mode === 'navigate' && request.url.startsWith(scope)) {
    // The page itself, whatever its query (?embed=1) or hash: the precached index.
    event.respondWith(caches.open(CACHE).then((c) => c.match('./')).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(request, { ignoreSearch: true })).then((hit) => hit || fetch(request)));
});
