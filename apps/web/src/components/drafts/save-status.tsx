'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { cx } from '@/components/ui/cx';
import type { FormState } from '@/lib/form-state';

/** Where a form's record is: on the server, on this device only, on its way, or refused. */
export type SyncStatus =
  'unsaved' | 'waiting' | 'saving' | 'server' | 'device' | 'invalid' | 'conflict' | 'failed' | 'submitting';

/** The sentences each module words for its forms (evictionForm.sync, suppliesForms.sync). */
type SyncWord =
  | Exclude<SyncStatus, 'failed'>
  | 'serverNow'
  | 'offlineNotKept'
  | 'keptOnDevice'
  | 'notKept'
  | 'submitQueued'
  | 'reload';
export type SyncWords = (key: SyncWord, values?: { time: string }) => string;

const TONES: Record<SyncStatus, string> = {
  unsaved: 'bg-line-strong',
  waiting: 'bg-warning',
  saving: 'bg-info',
  server: 'bg-success',
  device: 'bg-warning',
  invalid: 'bg-danger',
  conflict: 'bg-danger',
  failed: 'bg-danger',
  submitting: 'bg-info',
};

/**
 * Where the record is right now, in words (never colour alone): on the server, or on this device
 * only (encrypted), waiting for the connection. Announced politely to screen readers as it changes.
 */
export function SaveStatus({
  t,
  status,
  savedAt,
  localOk,
  submitQueued = false,
  failure,
  reloadHref = null,
}: {
  t: SyncWords;
  status: SyncStatus;
  savedAt: Date | null;
  localOk: boolean;
  submitQueued?: boolean;
  failure: FormState<unknown> | null;
  reloadHref?: string | null;
}) {
  const ta = useTranslations('apiErrors');
  const format = useFormatter();
  const onDevice = localOk ? t('keptOnDevice') : t('notKept');
  const text = (() => {
    switch (status) {
      case 'server':
        return savedAt
          ? t('server', { time: format.dateTime(savedAt, { timeStyle: 'short' }) })
          : t('serverNow');
      case 'device':
        return localOk ? t('device') : t('offlineNotKept');
      case 'waiting':
        return `${t('waiting')} ${onDevice}`;
      case 'invalid':
        return `${t('invalid')} ${onDevice}`;
      case 'failed':
        return `${failure?.code && ta.has(failure.code) ? ta(failure.code) : (failure?.message ?? ta('INTERNAL'))} ${onDevice}`;
      default:
        return t(status);
    }
  })();
  return (
    <div className="flex min-w-0 flex-col gap-0.5 text-sm" role="status" aria-live="polite">
      <p className="flex items-start gap-2" data-testid="save-status" data-status={status}>
        <span
          aria-hidden="true"
          className={cx('mt-1.5 inline-block size-2.5 shrink-0 rounded-full', TONES[status])}
        />
        <span className={cx(status === 'device' && 'font-semibold')}>{text}</span>
      </p>
      {submitQueued && status === 'device' ? (
        <p className="ps-4.5 font-semibold" data-testid="submit-queued">
          {t('submitQueued')}
        </p>
      ) : null}
      {status === 'conflict' && reloadHref ? (
        <a href={reloadHref} className="ps-4.5 font-semibold text-brand underline underline-offset-2">
          {t('reload')}
        </a>
      ) : null}
    </div>
  );
}
