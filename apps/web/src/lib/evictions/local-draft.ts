import type { EvictionDraft } from './form-model';

/**
 * The copy of an eviction form kept on the device while it holds changes the server has not
 * received (no network at dawn under a bridge). Encrypted with AES-GCM under a key derived on the
 * server from the session (lib/evictions/draft-key.ts): after sign-out, or once the session ends,
 * what is left in localStorage cannot be read, and sign-out removes it anyway. Once the server has
 * everything, the copy is deleted: nothing lingers on a phone that may be seized. Browser only.
 */
export interface LocalDraft {
  /** Sent with the first save; kept so that a resend after an outage can never create a second record. */
  idempotencyKey: string;
  evictionId: string | null;
  version: number | null;
  /** The exact body of a create that may have reached the server: a retry must repeat it byte for byte. */
  pendingCreate: Record<string, unknown> | null;
  submitRequested: boolean;
  draft: EvictionDraft;
  savedAt: string;
}

const PREFIX = 'vigil.evictionDraft.';
const encoder = new TextEncoder();

/** Unsent new records are stored under their idempotency key, started ones under their id. */
export function slotOf(draft: Pick<LocalDraft, 'evictionId' | 'idempotencyKey'>): string {
  return draft.evictionId ? `${PREFIX}id.${draft.evictionId}` : `${PREFIX}new.${draft.idempotencyKey}`;
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

export async function writeLocalDraft(key: CryptoKey, draft: LocalDraft): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    encoder.encode(JSON.stringify(draft)),
  );
  localStorage.setItem(
    slotOf(draft),
    JSON.stringify({ v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) }),
  );
}

/** The draft in a slot; a slot this session cannot decrypt (an earlier session's) is deleted. */
export async function readLocalDraft(key: CryptoKey, slot: string): Promise<LocalDraft | null> {
  const stored = localStorage.getItem(slot);
  if (!stored) return null;
  try {
    const { iv, data } = JSON.parse(stored) as { iv: string; data: string };
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data));
    return JSON.parse(new TextDecoder().decode(plain)) as LocalDraft;
  } catch {
    localStorage.removeItem(slot);
    return null;
  }
}

export function removeLocalDraft(draft: Pick<LocalDraft, 'evictionId' | 'idempotencyKey'>): void {
  localStorage.removeItem(slotOf(draft));
}

/** The slots present on this device: unsent new records and started records with unsent changes. */
export function listLocalSlots(): { kind: 'new' | 'id'; ref: string }[] {
  const slots: { kind: 'new' | 'id'; ref: string }[] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const name = localStorage.key(i);
    if (!name?.startsWith(PREFIX)) continue;
    const [kind, ...rest] = name.slice(PREFIX.length).split('.');
    if (kind === 'new' || kind === 'id') slots.push({ kind, ref: rest.join('.') });
  }
  return slots;
}

/** At sign-out: every local copy goes, readable or not. */
export function clearLocalDrafts(): void {
  if (typeof window === 'undefined' || !window.localStorage) return;
  const names: string[] = [];
  for (let i = 0; i < localStorage.length; i += 1) {
    const name = localStorage.key(i);
    if (name?.startsWith(PREFIX)) names.push(name);
  }
  for (const name of names) localStorage.removeItem(name);
}

/** 32 random characters from getRandomValues (available even where randomUUID is not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `ev-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
