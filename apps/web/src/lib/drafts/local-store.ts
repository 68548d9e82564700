/**
 * Copies of forms kept on the device while the server has not received them (no network at dawn
 * under a bridge, a warehouse with no signal). Each copy is encrypted with AES-GCM under a key derived
 * on the server from the session (lib/drafts/draft-key.ts): after sign-out, or once the session ends,
 * what is left in localStorage cannot be read, and sign-out removes it anyway. Forms delete their copy
 * as soon as the server has it: nothing lingers on a phone that may be seized. Browser only.
 */

/** Where each module's copies live: every slot name starts with its store's prefix. */
const STORES = {
  eviction: 'vigil.evictionDraft.',
  supplies: 'vigil.suppliesDraft.',
} as const;
export type DraftStore = keyof typeof STORES;

const encoder = new TextEncoder();

export function slotName(store: DraftStore, name: string): string {
  return `${STORES[store]}${name}`;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** WebCrypto exists only in secure contexts (https or localhost): elsewhere nothing is kept. */
export function canKeepLocally(): boolean {
  return typeof window !== 'undefined' && Boolean(window.crypto?.subtle) && Boolean(window.localStorage);
}

export function importDraftKey(base64: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(base64), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function writeSealed(key: CryptoKey, slot: string, value: unknown): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  localStorage.setItem(
    slot,
    JSON.stringify({ v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) }),
  );
}

/**
 * The copy in a slot; a slot this session cannot decrypt (an earlier session's) is deleted. The
 * caller names what it stored there: the ciphertext is authenticated, so only this dashboard wrote it.
 */
export async function readSealed<T>(key: CryptoKey, slot: string): Promise<T | null> {
  const stored = localStorage.getItem(slot);
  if (!stored) return null;
  try {
    const { iv, data } = JSON.parse(stored) as { iv: string; data: string };
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data));
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    localStorage.removeItem(slot);
    return null;
  }
}

export function removeSlot(slot: string): void {
  localStorage.removeItem(slot);
}

function slotsWith(prefix: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const name = localStorage.key(i);
    if (name?.startsWith(prefix)) names.push(name);
  }
  return names;
}

/** The names (after the store's prefix) of the copies a store holds on this device. */
export function listSlots(store: DraftStore): string[] {
  return slotsWith(STORES[store]).map((name) => name.slice(STORES[store].length));
}

/** At sign-out: every store's copies go, readable or not. */
export function clearLocalDrafts(): void {
  if (typeof window === 'undefined' || !window.localStorage) return;
  for (const prefix of Object.values(STORES)) {
    for (const name of slotsWith(prefix)) localStorage.removeItem(name);
  }
}

/** 32 random hex characters from getRandomValues (available even where randomUUID is not). */
export function newIdempotencyKey(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
