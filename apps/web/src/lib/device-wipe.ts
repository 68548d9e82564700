import { clearLocalDrafts } from '@/lib/drafts/local-store';

/**
 * The panic button's wipe: the drafts module's own clearing first, then everything else the
 * dashboard may have left in this browser, whichever module wrote it — localStorage, session
 * storage, IndexedDB and the offline shell's Cache Storage. The origin is Vigil's alone, so nothing
 * is worth keeping back, and a sweep that does not depend on each module's key names cannot miss
 * one. Browser only.
 */

/** A wipe must never hang the panic button: whatever is still pending after this is abandoned. */
const WIPE_TIMEOUT_MS = 3_000;

function clearStorage(storage: () => Storage): void {
  try {
    storage().clear();
  } catch {
    // Storage disabled by the browser's privacy settings: there is nothing in it to clear.
  }
}

/**
 * A database another tab still holds open is "blocked": the browser deletes it as soon as that tab
 * lets go (or closes), so waiting for it is pointless.
 */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

async function deleteDatabases(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.all(databases.flatMap((db) => (db.name ? [deleteDatabase(db.name)] : [])));
}

async function deleteCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.map((name) => caches.delete(name)));
}

export async function wipeDevice(): Promise<void> {
  if (typeof window === 'undefined') return;
  clearLocalDrafts();
  clearStorage(() => window.localStorage);
  clearStorage(() => window.sessionStorage);
  const pending = Promise.all([deleteDatabases(), deleteCaches()]).catch(() => undefined);
  await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, WIPE_TIMEOUT_MS))]);
}
