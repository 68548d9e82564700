'use client';

/** What an eviction form keeps beside its fields, on the device and in memory. */
export interface Meta {
  idempotencyKey: string;
  evictionId: string | null;
  version: number | null;
  pendingCreate: Record<string, unknown> | null;
  submitRequested: boolean;
}

/** After the last keystroke; the form also saves at once when a field loses focus. */
export const SAVE_DELAY_MS = 800;
