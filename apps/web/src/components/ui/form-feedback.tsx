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
      {state.requestId && !state.fieldErrors ? (
        <p className="text-xs text-ink-soft">{t('reference', { id: state.requestId })}</p>
      ) : null}
    </Alert>
  );
}

/**
 * Field errors for a form. A specific code (TOTP_INVALID, CONFLICT, INVALID_CREDENTIALS…) is shown
 * in the user's language; plain validation messages come from the API as they are.
 */
export function useFieldErrors<T>(state: FormState<T>): (field: string) => string | undefined {
  const t = useTranslations('apiErrors');
  return (field) => {
    const message = state.fieldErrors?.[field];
    if (!message) return undefined;
    if (state.code && state.code !== 'VALIDATION_FAILED' && t.has(state.code)) return t(state.code);
    return message;
  };
}
