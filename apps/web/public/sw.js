/* global self, caches */
/**
 * Vigil's service worker keeps an offline page and nothing else. Pages are always fetched from the
 * network and never stored: a phone that is seized or lost holds no record for anyone to read
 * offline. Only the /offline page (no data in it), the static files it needs and the app icons are
 * cached; the user's own drafts live in the browser's storage, encrypted, and never pass through here.
 * Requests to /api/ and anything that is not a GET are left alone.
 */
const SHELL = 'vigil-shell-v1';
const OFFLINE_URL = '/offline';
const SHELL_FILES = [
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/maskable-512.png',
];
/** Next's static files are content-hashed: a cached copy is always the right one. */
const STATIC_PREFIX = '/_next/static/';
const SHELL_CSP =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
/** Shown if even the offline page could not be cached (storage full, wiped and not yet refilled). */
const BARE_OFFLINE =
  '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
  '<title>Vigil</title><h1>Offline</h1><p>The connection is gone. Drafts stay on this device.</p>';

/**
 * The offline page is kept without its scripts: served at the address that failed, a hydrating Next
 * page would try to fetch that address and fall into the error page. Its stylesheets are kept.
 */
function staticCopy(html) {
  return html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '');
}

async function cacheShell() {
  const response = await fetch(OFFLINE_URL, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) return;
  const html = staticCopy(await response.text());
  const assets = new Set(html.match(/\/_next\/static\/[^"'\s\\)]+/g) ?? []);
  const cache = await caches.open(SHELL);
  // One by one: a single missing file must not leave the offline page itself uncached.
  await Promise.all([...SHELL_FILES, ...assets].map((url) => cache.add(url).catch(() => undefined)));
  await cache.put(
    OFFLINE_URL,
    new Response(html, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': SHELL_CSP },
    }),
  );
}

/** The panic button empties Cache Storage; the shell comes back on the next page loaded online. */
async function ensureShell() {
  const cache = await caches.open(SHELL);
  if (!(await cache.match(OFFLINE_URL, { ignoreVary: true }))) await cacheShell();
}

async function offlinePage() {
  const cached = await caches.match(OFFLINE_URL, { cacheName: SHELL, ignoreVary: true });
  return (
    cached ??
    new Response(BARE_OFFLINE, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } })
  );
}

async function navigate(event) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(ensureShell().catch(() => undefined));
    return response;
  } catch {
    return offlinePage();
  }
}

async function fromShell(request) {
  const cached = await caches.match(request, { cacheName: SHELL });
  return cached ?? fetch(request);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith('vigil-shell-') && name !== SHELL)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(event));
  } else if (url.pathname.startsWith(STATIC_PREFIX) || SHELL_FILES.includes(url.pathname)) {
    event.respondWith(fromShell(request));
  }
});
