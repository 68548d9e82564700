'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { FormFeedback } from '@/components/ui/form-feedback';
import type { SubmissionState } from './use-submission';

/**
 * A supplies form's outcome. A 409 carries the API's own sentence naming the item, the location, the
 * quantity asked and the quantity available ("Not enough … asked 10, available 3"): shown as it is.
 * On an edit form (`reloadHref`) a 409 means the record changed since the page was opened.
 */
export function SubmissionFeedback<T>({
  state,
  kept = false,
  reloadHref,
  success,
  link,
}: {
  state: SubmissionState<T>;
  /** What waits to be sent is kept on this device, encrypted. */
  kept?: boolean;
  reloadHref?: string;
  success?: string;
  link?: { href: string; label: string };
}) {
  const t = useTranslations('suppliesForms');
  if (state === null) return null;
  if (state === 'offline')
    return (
      <Alert tone="warning" testId="submission-offline">
        {kept ? t('offlineKept') : t('offline')}
      </Alert>
    );
  if (state.status === 'success') {
    if (!success) return null;
    return (
      <Alert tone="success" testId="submission-success">
        <p>{success}</p>
        {link ? (
          <p>
            <Link
              prefetch={false}
              href={link.href}
              className="font-semibold text-brand underline underline-offset-2"
            >
              {link.label}
            </Link>
          </p>
        ) : null}
      </Alert>
    );
  }
  if (state.code === 'CONFLICT' && reloadHref) {
    return (
      <Alert tone="error" title={t('changedTitle')} testId="version-conflict">
        <p dir="auto">{state.message}</p>
        <p>
          <a href={reloadHref} className="font-semibold text-brand underline underline-offset-2">
            {t('reloadLatest')}
          </a>
        </p>
      </Alert>
    );
  }
  if (state.code === 'CONFLICT') {
    return (
      <Alert tone="error" title={t('conflictTitle')} testId="stock-conflict">
        <p dir="auto">{state.message}</p>
      </Alert>
    );
  }
  return <FormFeedback state={state} />;
}
