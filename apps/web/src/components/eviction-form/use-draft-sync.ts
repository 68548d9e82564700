'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createEvictionAction,
  submitEvictionAction,
  updateEvictionAction,
  type SavedEviction,
} from '@/app/(app)/evictions/form-actions';
import { canStartRecord, evictionDraftToBody } from '@/lib/evictions/form-body';
import type { EvictionDraft } from '@/lib/evictions/form-model';
import type { SyncStatus } from '@/components/drafts/save-status';
import { useDeviceCopy } from '@/components/drafts/use-device-copy';
import { reach, useResend } from '@/components/drafts/use-resend';
import { newIdempotencyKey, slotOf, type LocalDraft } from '@/lib/evictions/local-draft';
import type { FormState } from '@/lib/form-state';
import { SAVE_DELAY_MS, type Meta } from './sync-support';

/**
 * Keeps an eviction form saved: a debounced save to the server after every change (the first one
 * creates the record with the form's Idempotency-Key, the next ones update it with its version),
 * an encrypted copy on the device while anything is unsent, resending when the connection is back,
 * and a submission that happens once, after the last change is saved.
 */
export function useDraftSync(options: {
  initial: EvictionDraft;
  evictionId: string | null;
  version: number | null;
  keyMaterial: string | null;
  /** A new record's idempotency key to resume from the device (the "unsent records" notice). */
  resumeKey: string | null;
  timeZone: string;
  onCreated: (id: string) => void;
  onSubmitted: (id: string) => void;
}) {
  const [draft, setDraftState] = useState(options.initial);
  const [status, setStatus] = useState<SyncStatus>(options.evictionId ? 'server' : 'unsaved');
  const [failure, setFailure] = useState<FormState<SavedEviction> | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [evictionId, setEvictionId] = useState(options.evictionId);
  const [submitQueued, setSubmitQueued] = useState(false);
  const {
    keep,
    drop,
    open: openDevice,
    read: readDevice,
    localOk,
  } = useDeviceCopy<LocalDraft>(options.keyMaterial);
  const draftRef = useRef(options.initial);
  const meta = useRef<Meta>({
    idempotencyKey: '',
    evictionId: options.evictionId,
    version: options.version,
    pendingCreate: null,
    submitRequested: false,
  });
  const seq = useRef({ changed: 0, saved: 0 });
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  /** Set when the server refused the record as it stands: no retry until the person changes it. */
  const blocked = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const opts = useRef(options);
  opts.current = options;

  const keepLocal = useCallback(() => {
    const snapshot: LocalDraft = {
      ...meta.current,
      draft: draftRef.current,
      savedAt: new Date().toISOString(),
    };
    keep(slotOf(snapshot), snapshot);
  }, [keep]);

  // The slot is named now: the meta it is named from changes once the record exists.
  const dropLocal = useCallback(
    (slotOwner: Pick<Meta, 'evictionId' | 'idempotencyKey'>) => drop(slotOf(slotOwner)),
    [drop],
  );

  const body = () => evictionDraftToBody(draftRef.current, opts.current.timeZone);

  const refused = (result: FormState<SavedEviction>) => {
    blocked.current = true;
    setFailure(result);
    setStatus(
      result.fieldErrors
        ? 'invalid'
        : result.code === 'CONFLICT' || result.code === 'FORBIDDEN'
          ? 'conflict'
          : 'failed',
    );
  };

  /** One pass: create or update until the server has the latest state, then submit if asked. */
  const syncOnce = useCallback(async () => {
    const m = meta.current;
    if (seq.current.changed !== seq.current.saved || m.pendingCreate) {
      if (!navigator.onLine) return setStatus('device');
      if (!m.evictionId) {
        if (!m.pendingCreate && !canStartRecord(draftRef.current)) return setStatus('waiting');
        const sentSeq = seq.current.changed;
        m.pendingCreate ??= body();
        keepLocal();
        setStatus('saving');
        const sent = m.pendingCreate;
        const result = await reach(() =>
          createEvictionAction({ idempotencyKey: m.idempotencyKey, body: sent }),
        );
        // CONFLICT here: the same key is still being processed after a lost answer; ask again later.
        if (result === 'offline' || result.code === 'CONFLICT') return setStatus('device');
        if (result.status === 'error' || !result.data) {
          // A refused create wrote nothing and freed its key: the corrected body may use it again.
          if (result.fieldErrors) m.pendingCreate = null;
          keepLocal();
          return refused(result);
        }
        dropLocal({ evictionId: null, idempotencyKey: m.idempotencyKey });
        Object.assign(m, { evictionId: result.data.id, version: result.data.version, pendingCreate: null });
        setEvictionId(result.data.id);
        opts.current.onCreated(result.data.id);
        if (JSON.stringify(body()) === JSON.stringify(sent))
          seq.current.saved = Math.max(seq.current.saved, sentSeq);
        else keepLocal();
      }
      if (seq.current.changed !== seq.current.saved && m.evictionId && m.version !== null) {
        const sentSeq = seq.current.changed;
        setStatus('saving');
        const id = m.evictionId;
        const version = m.version;
        const result = await reach(() => updateEvictionAction({ id, version, body: body() }));
        if (result === 'offline') return setStatus('device');
        if (result.status === 'error' || !result.data) return refused(result);
        m.version = result.data.version;
        seq.current.saved = sentSeq;
      }
      if (seq.current.changed !== seq.current.saved) {
        again.current = true;
        return;
      }
    }
    setFailure(null);
    if (!m.evictionId) return;
    if (!m.submitRequested) {
      dropLocal(m);
      setSavedAt(new Date());
      return setStatus('server');
    }
    setStatus('submitting');
    const id = m.evictionId;
    const result = await reach(() => submitEvictionAction(id));
    if (result === 'offline') return setStatus('device');
    if (result.status === 'error') return refused(result);
    dropLocal(m);
    opts.current.onSubmitted(id);
  }, [keepLocal, dropLocal]);

  /** Resolves once the server has everything (or it could not be reached). */
  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    if (running.current) {
      again.current = true;
      return running.current;
    }
    running.current = (async () => {
      try {
        do {
          again.current = false;
          await syncOnce();
        } while (again.current);
      } finally {
        running.current = null;
      }
    })();
    return running.current;
  }, [syncOnce]);

  const change = useCallback(
    (update: (current: EvictionDraft) => EvictionDraft) => {
      draftRef.current = update(draftRef.current);
      setDraftState(draftRef.current);
      seq.current.changed += 1;
      blocked.current = false;
      keepLocal();
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, keepLocal],
  );

  const submit = useCallback(() => {
    meta.current.submitRequested = true;
    blocked.current = false;
    setSubmitQueued(true);
    keepLocal();
    void flush();
  }, [flush, keepLocal]);

  // On mount: the session's key, then any copy of this form left on the device by an outage.
  useEffect(() => {
    let cancelled = false;
    const { resumeKey, evictionId: id } = opts.current;
    meta.current.idempotencyKey = newIdempotencyKey();
    void (async () => {
      if (!(await openDevice())) return;
      // A started record's copy sits under its id, a new one's under the key it will be sent with.
      const slot = slotOf({ evictionId: id, idempotencyKey: resumeKey ?? '' });
      const stored = id || resumeKey ? await readDevice(slot) : null;
      if (cancelled || !stored) return;
      const { draft: kept, savedAt: _at, ...storedMeta } = stored;
      Object.assign(meta.current, storedMeta);
      draftRef.current = kept;
      setDraftState(kept);
      setSubmitQueued(storedMeta.submitRequested);
      seq.current.changed += 1;
      setStatus('device');
      void flush();
    })();
    return () => {
      cancelled = true;
    };
  }, [flush, openDevice, readDevice]);

  // Back online (or back to the tab): send what waits, unless the server refused it as it stands.
  useResend(
    () => !blocked.current && (seq.current.changed !== seq.current.saved || meta.current.submitRequested),
    flush,
  );

  return { draft, change, flush, submit, status, failure, savedAt, evictionId, submitQueued, localOk };
}
