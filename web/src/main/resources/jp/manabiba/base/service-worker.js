// Manabiba's service worker, served at /sw.js instead of the one in Vaadin's pre-built bundle (docs/security.md,
// "The installed app"). It keeps one thing: the offline page, fetched without cookies. It never stores a page, a
// UIDL or push answer, a download or anything else that could hold a person's data: only page loads pass through
// it, straight to the network, and get the offline page when the network is not there. Every other request
// (UIDL, push, files) never reaches it.
const CACHE = 'manabiba-offline-v1';
const OFFLINE_PAGE = 'offline.html';

let connectionLost = false;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.add(new Request(OFFLINE_PAGE, { credentials: 'omit', cache: 'reload' })))
    .then(() => self.skipWaiting()));
});

// Earlier caches go, those of Vaadin's own service worker included (it kept the start page as fetched with cookies).
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.mode !== 'navigate') {
    return;
  }
  event.respondWith(fetch(event.request).then((response) => {
    connectionLost = false;
    return response;
  }, () => {
    connectionLost = true;
    return caches.open(CACHE).then((cache) => cache.match(OFFLINE_PAGE)).then((page) => page || Response.error());
  }));
});

// Vaadin's client asks whether the last page load failed, to show its connection indicator at once.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && typeof data === 'object' && data.method === 'Vaadin.ServiceWorker.isConnectionLost' && 'id' in data) {
    event.source?.postMessage({ id: data.id, result: connectionLost });
  }
});
