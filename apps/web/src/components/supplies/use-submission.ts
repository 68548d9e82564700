'use client';

import { useCallback, useRef, useState } from 'react';
import { reach, useResend } from '@/components/drafts/use-resend';
import { newIdempotencyKey } from '@/lib/drafts/local-store';
import type { FormState } from '@/lib/form-state';
import { useKeptAttempt, type KeepOnDevice } from './use-kept-attempt';

export type SubmissionState<T> = FormState<T> | 'offline' | null;
export type { KeepOnDevice } from './use-kept-attempt';

interface Attempt<B> {
  signature: string;
  key: string;
  body: B;
}

/**
 * Sends a create with an Idempotency-Key made once per submission attempt: a retry of the same body
 * (after a lost answer, a dead connection) reuses the key, so the API answers with the first result
 * instead of counting the stock twice; a changed body is a new attempt with a new key. A body that
 * could not leave the phone goes again by itself when the connection comes back. With `keepOnDevice`
 * the attempt and the form as typed are also kept on the device, encrypted, until the server has
 * them: a reload or a closed tab loses nothing, and the reopened form sends them (see useKeptAttempt).
 */
export function useSubmission<T, B extends Record<string, unknown>, D = never>(
  send: (key: string, body: B) => Promise<FormState<T>>,
  keepOnDevice?: KeepOnDevice<D, T>,
) {
  const attempt = useRef<Attempt<B> | null>(null);
  const [state, setState] = useState<SubmissionState<T>>(null);
  const [pending, setPending] = useState(false);
  const [sentAt, setSentAt] = useState<Date | null>(null);
  const busy = useRef(false);
  const waiting = useRef(false);
  const sendRef = useRef(send);
  sendRef.current = send;
  // A kept attempt found when the form opens is resumed: the same key, the same body, sent now.
  const kept = useKeptAttempt<B, D, T>(keepOnDevice, (key, body) => {
    attempt.current = { signature: JSON.stringify(body), key, body };
    setState('offline');
    void submit(body);
  });
  const { keep, sent } = kept;

  const submit = useCallback(
    async (body: B): Promise<FormState<T> | null> => {
      if (busy.current) return null;
      busy.current = true;
      setPending(true);
      const signature = JSON.stringify(body);
      if (attempt.current?.signature !== signature) {
        attempt.current = { signature, key: newIdempotencyKey('sup'), body };
      }
      const current = attempt.current;
      await keep(current.key, body);
      const result = await reach(() => sendRef.current(current.key, body));
      busy.current = false;
      setPending(false);
      waiting.current = result === 'offline';
      setState(result);
      if (result === 'offline') return null;
      if (result.status === 'success') {
        attempt.current = null;
        setSentAt(new Date());
        sent(current.key, result.data);
      }
      return result;
    },
    [keep, sent],
  );

  useResend(
    () => waiting.current,
    async () => {
      if (attempt.current) await submit(attempt.current.body);
    },
  );

  const fieldErrors = state && state !== 'offline' ? (state.fieldErrors ?? {}) : {};
  return {
    state,
    pending,
    submit,
    fieldErrors,
    sentAt,
    /** Whether what waits to be sent is kept on this device (false: only in this page's memory). */
    kept: kept.localOk && keepOnDevice !== undefined,
    reset: () => setState(null),
  };
}
