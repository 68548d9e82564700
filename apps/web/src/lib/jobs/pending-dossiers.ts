/**
 * The dossiers this tab asked for and has not yet heard back about, kept in sessionStorage so the
 * shell's watcher still knows them after a navigation or a reload (ids only, nothing personal; the
 * panic wipe clears it with the rest). Browser only.
 */
const KEY = 'vigil.pendingDossiers';
export const PENDING_DOSSIER_EVENT = 'vigil:pending-dossier';

export function pendingDossiers(): string[] {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function store(ids: string[]): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage disabled by the browser: the dossier list on the builder's page still shows progress.
  }
}

/** Called by the dossier builder once the API has queued a dossier. */
export function addPendingDossier(id: string): void {
  store([...pendingDossiers().filter((known) => known !== id), id]);
  window.dispatchEvent(new Event(PENDING_DOSSIER_EVENT));
}

export function forgetPendingDossiers(ids: string[]): void {
  store(pendingDossiers().filter((id) => !ids.includes(id)));
}
