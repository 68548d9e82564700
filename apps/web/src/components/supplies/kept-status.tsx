'use client';

import { useTranslations } from 'next-intl';
import { SaveStatus, type SyncStatus } from '@/components/drafts/save-status';
import type { SubmissionState } from './use-submission';

function statusOf(state: SubmissionState<unknown>, pending: boolean): SyncStatus {
  if (pending) return 'saving';
  if (state === null) return 'unsaved';
  if (state === 'offline') return 'device';
  if (state.status === 'success') return 'server';
  if (state.fieldErrors) return 'invalid';
  return state.code === 'CONFLICT' || state.code === 'FORBIDDEN' ? 'conflict' : 'failed';
}

/**
 * Beside the button of a volunteer form: sent, or saved on this device (encrypted) until the
 * connection is back. Nothing before the first submission: nothing is saved anywhere yet.
 */
export function KeptStatus({
  submission: { state, pending, sentAt, kept },
}: {
  submission: { state: SubmissionState<unknown>; pending: boolean; sentAt: Date | null; kept: boolean };
}) {
  const t = useTranslations('suppliesForms.sync');
  const status = statusOf(state, pending);
  if (status === 'unsaved') return null;
  return (
    <SaveStatus
      t={t}
      status={status}
      savedAt={sentAt}
      localOk={kept}
      failure={state !== null && state !== 'offline' ? state : null}
    />
  );
}
