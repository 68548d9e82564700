'use client';

import { useCallback, useEffect, useRef } from 'react';
import { useDeviceCopy } from '@/components/drafts/use-device-copy';
import { listSlots, slotName } from '@/lib/drafts/local-store';

/** A volunteer form whose submission is kept on the device until the server has it. */
export interface KeepOnDevice<D, T> {
  /** Which form's copies ("receipt", "distributionRecord"): a reopened form resumes its own. */
  form: string;
  /** The session's key for the copy (null: nothing is kept, the attempt waits in memory only). */
  keyMaterial: string | null;
  /** The form as typed, kept with the body so that the reopened form shows it again. */
  draft: D;
  restore: (draft: D) => void;
  /** Every success, including the resend of a copy found when the form opened. */
  onSent: (data: T, draft: D) => void;
}

interface Kept<B, D> {
  key: string;
  body: B;
  draft: D;
  savedAt: string;
}

const slotOf = (form: string, key: string) => slotName('supplies', `${form}.${key}`);

/**
 * The device side of useSubmission: each attempt (Idempotency-Key, body and the form as typed) is
 * written encrypted before it is sent, replaced by the next attempt, and deleted once the server has
 * it (a refusal keeps it: what was typed is not lost). When the form opens, the newest copy this
 * session can read is shown again and handed to `onResume`, which sends it with its own key.
 */
export function useKeptAttempt<B, D, T>(
  options: KeepOnDevice<D, T> | undefined,
  onResume: (key: string, body: B) => void,
) {
  const latest = useRef({ options, onResume });
  latest.current = { options, onResume };
  const { open, keep: write, drop, read, localOk } = useDeviceCopy<Kept<B, D>>(options?.keyMaterial ?? null);
  /** The form as it was when each attempt began: what a later success reports. */
  const drafts = useRef(new Map<string, D>());
  /** The attempt whose copy is on the device now. */
  const keptKey = useRef<string | null>(null);

  const keep = useCallback(
    async (key: string, body: B) => {
      const kept = latest.current.options;
      if (!kept || keptKey.current === key) return;
      if (!drafts.current.has(key)) drafts.current.set(key, kept.draft);
      if (!(await open())) return;
      if (keptKey.current) void drop(slotOf(kept.form, keptKey.current));
      keptKey.current = key;
      await write(slotOf(kept.form, key), {
        key,
        body,
        draft: drafts.current.get(key) ?? kept.draft,
        savedAt: new Date().toISOString(),
      });
    },
    [open, write, drop],
  );

  const sent = useCallback(
    (key: string, data: T | undefined) => {
      const kept = latest.current.options;
      if (!kept) return;
      const draft = drafts.current.get(key) ?? kept.draft;
      drafts.current.delete(key);
      if (keptKey.current === key) keptKey.current = null;
      void drop(slotOf(kept.form, key));
      if (data !== undefined) kept.onSent(data, draft);
    },
    [drop],
  );

  useEffect(() => {
    const kept = latest.current.options;
    if (!kept) return;
    let cancelled = false;
    void (async () => {
      if (!(await open())) return;
      const names = listSlots('supplies').filter((name) => name.startsWith(`${kept.form}.`));
      const found = await Promise.all(names.map((name) => read(slotName('supplies', name))));
      const newest = found
        .filter((copy): copy is Kept<B, D> => copy !== null)
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
      if (cancelled || !newest) return;
      keptKey.current = newest.key;
      drafts.current.set(newest.key, newest.draft);
      kept.restore(newest.draft);
      latest.current.onResume(newest.key, newest.body);
    })();
    return () => {
      cancelled = true;
    };
  }, [open, read]);

  return { keep, sent, localOk };
}
