'use client';

import { useTranslations } from 'next-intl';
import type { FormState } from '@/lib/form-state';
import { Alert } from './alert';

/** Shows a form-level failure in the user's language, with the API's request id for support. */
export function FormFeedback<T>({ state, success }: { state: FormState<T>; success?: string }) {
  const t = useTranslations('apiErrors');
  if (state.status === 'success' && success) return <Alert tone="success">{success}</Alert>;
  if (state.status !== 'error') return null;
  // Field errors are shown next to their fields; only say so once here.
  const text = state.fieldErrors
    ? t('VALIDATION_FAILED')
    : state.code && t.has(state.code)
      ? t(state.code)
      : (state.message ?? t('INTERNAL'));
  return (
    <Alert tone="error">
      <p>{text}</p>
      {state.requestId && !state.fieldErrors ? <p className="text-xs text-ink-soft">{t('reference', { id: state.requestId })}</p> : null}
    </Alert>
  );
}
