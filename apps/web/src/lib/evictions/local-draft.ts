import { listSlots, newIdempotencyKey as newKey, slotName } from '@/lib/drafts/local-store';
import type { EvictionDraft } from './form-model';

/**
 * The copy of an eviction form kept on the device (encrypted, see lib/drafts/local-store.ts) while
 * it holds changes the server has not received. Browser only.
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

/** Unsent new records are stored under their idempotency key, started ones under their id. */
export function slotOf(draft: Pick<LocalDraft, 'evictionId' | 'idempotencyKey'>): string {
  return slotName('eviction', draft.evictionId ? `id.${draft.evictionId}` : `new.${draft.idempotencyKey}`);
}

/** The slots present on this device: unsent new records and started records with unsent changes. */
export function listLocalSlots(): { kind: 'new' | 'id'; ref: string }[] {
  return listSlots('eviction').flatMap((name) => {
    const [kind, ...rest] = name.split('.');
    return kind === 'new' || kind === 'id' ? [{ kind, ref: rest.join('.') }] : [];
  });
}

/** An eviction create's or log entry's key (the new-record page resumes only keys of this form). */
export function newIdempotencyKey(): string {
  return newKey('ev');
}
