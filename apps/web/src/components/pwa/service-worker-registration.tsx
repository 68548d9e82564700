'use client';

import { useEffect } from 'react';

/**
 * Registers public/sw.js, which keeps only the offline page and its static files (never a page
 * with data). Production only: in development a worker from an earlier production run on the same
 * address is removed, so hot reload is never served stale chunks.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    if (process.env.NODE_ENV !== 'production') {
      void navigator.serviceWorker
        .getRegistrations()
        .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister())));
      return;
    }
    // updateViaCache 'none': a new sw.js (a new shell version) is picked up on the next page load.
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => undefined);
  }, []);
  return null;
}
