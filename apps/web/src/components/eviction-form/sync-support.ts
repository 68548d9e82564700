'use client';

import { useEffect, useRef } from 'react';
import type { SavedEviction } from '@/app/(app)/evictions/form-actions';
import type { FormState } from '@/lib/form-state';

export type SyncStatus =
  'unsaved' | 'waiting' | 'saving' | 'server' | 'device' | 'invalid' | 'conflict' | 'failed' | 'submitting';

export interface Meta {
  idempotencyKey: string;
  evictionId: string | null;
  version: number | null;
  pendingCreate: Record<string, unknown> | null;
  submitRequested: boolean;
}

/** After the last keystroke; the form also saves at once when a field loses focus. */
export const SAVE_DELAY_MS = 800;
/** While offline, how often to try again besides the browser's "online" event. */
const RETRY_MS = 10_000;

type Call = Promise<FormState<SavedEviction>>;

/** A server action that could not be reached (offline) or could not reach the API: try later. */
export async function reach(call: () => Call): Promise<FormState<SavedEviction> | 'offline'> {
  try {
    const result = await call();
    return result.status === 'error' && result.code === 'SERVICE_UNAVAILABLE' ? 'offline' : result;
  } catch {
    return 'offline';
  }
}

/**
 * Calls `resend` when the browser says it is back online, when the person comes back to the tab, and
 * every RETRY_MS while `waiting()` (the "online" event can come late, or lie).
 */
export function useResend(waiting: () => boolean, resend: () => Promise<void>): void {
  // The latest callbacks, so the listeners and the timer are set up once, not at every render.
  const latest = useRef({ waiting, resend });
  latest.current = { waiting, resend };
  useEffect(() => {
    const retry = () => {
      if (latest.current.waiting()) void latest.current.resend();
    };
    const visible = () => document.visibilityState === 'visible' && retry();
    window.addEventListener('online', retry);
    document.addEventListener('visibilitychange', visible);
    const interval = window.setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      document.removeEventListener('visibilitychange', visible);
      window.clearInterval(interval);
    };
  }, []);
}
