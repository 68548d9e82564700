'use client';

import { Alert } from '@/components/ui/alert';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import type { FormState } from '@/lib/form-state';

/**
 * A casework form's outcome. A 409 names what is in the way ("someone changed this case meanwhile",
 * "the flag is already set", "the consent does not cover…"): its own sentence says more than the
 * generic text, so it is shown as the API wrote it.
 */
export function CaseFeedback<T>({ state, success }: { state: FormState<T>; success?: string }) {
  if (state.status === 'error' && state.code === 'CONFLICT' && state.message) {
    return (
      <Alert tone="error" testId="conflict">
        <p dir="auto">{state.message}</p>
      </Alert>
    );
  }
  return <FormFeedback state={state} success={success} />;
}

/** Field errors, with a 409's field messages kept as the API wrote them (see CaseFeedback). */
export function useCaseFieldErrors<T>(state: FormState<T>): (field: string) => string | undefined {
  const translated = useFieldErrors(state);
  return (field) => (state.code === 'CONFLICT' ? state.fieldErrors?.[field] : translated(field));
}
