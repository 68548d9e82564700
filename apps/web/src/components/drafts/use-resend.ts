'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/form-state';

/** While offline, how often to try again besides the browser's "online" event. */
const RETRY_MS = 10_000;

/** Answers that mean "not now" rather than "not this": the draft stays on the device and is resent. */
const TRY_LATER = new Set(['SERVICE_UNAVAILABLE', 'DATABASE_UNAVAILABLE']);

/** A server action that could not be reached (offline) or could not reach the API: try later. */
export async function reach<T>(call: () => Promise<FormState<T>>): Promise<FormState<T> | 'offline'> {
  try {
    const result = await call();
    return result.status === 'error' && TRY_LATER.has(result.code ?? '') ? 'offline' : result;
  } catch {
    return 'offline';
  }
}

/**
 * Calls `resend` when the browser says it is back online, when the person comes back to the tab, and
 * every RETRY_MS while `waiting()` (the "online" event can come late, or lie).
 */
export function useResend(waiting: () => boolean, resend: () => Promise<unknown>): void {
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
