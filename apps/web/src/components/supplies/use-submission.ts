'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormState } from '@/lib/form-state';
import { newSubmissionKey } from '@/lib/supplies/lines';

export type SubmissionState<T> = FormState<T> | 'offline' | null;

/**
 * Sends a create with an Idempotency-Key made once per submission attempt: a retry of the same body
 * (after a lost answer, a dead connection) reuses the key, so the API answers with the first result
 * instead of counting the stock twice; a changed body is a new attempt with a new key. A body that
 * could not leave the phone goes again by itself when the connection comes back.
 */
export function useSubmission<T, B extends Record<string, unknown>>(
  send: (key: string, body: B) => Promise<FormState<T>>,
) {
  const attempt = useRef<{ signature: string; key: string; body: B } | null>(null);
  const [state, setState] = useState<SubmissionState<T>>(null);
  const [pending, setPending] = useState(false);
  const busy = useRef(false);

  const submit = useCallback(
    async (body: B): Promise<FormState<T> | null> => {
      if (busy.current) return null;
      const signature = JSON.stringify(body);
      if (attempt.current?.signature !== signature) {
        attempt.current = { signature, key: newSubmissionKey(), body };
      }
      const { key } = attempt.current;
      busy.current = true;
      setPending(true);
      const result = await send(key, body).catch(() => 'offline' as const);
      busy.current = false;
      setPending(false);
      if (result !== 'offline' && result.status === 'success') attempt.current = null;
      setState(result === 'offline' || result.code === 'SERVICE_UNAVAILABLE' ? 'offline' : result);
      return result === 'offline' ? null : result;
    },
    [send],
  );

  useEffect(() => {
    if (state !== 'offline') return;
    const retry = () => {
      if (attempt.current) void submit(attempt.current.body);
    };
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [state, submit]);

  const fieldErrors = state && state !== 'offline' ? (state.fieldErrors ?? {}) : {};
  return { state, pending, submit, fieldErrors, reset: () => setState(null) };
}
