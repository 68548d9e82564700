'use client';

import { useActionState, type ReactNode } from 'react';
import { FormFeedback, useFieldErrors } from '@/components/ui/form-feedback';
import { SubmitButton } from '@/components/ui/submit-button';
import { formKey, IDLE, type FormState } from '@/lib/form-state';

/** What the fields of a refused form need: their error, and the value typed before the refusal. */
export interface FieldHelpers {
  error: (name: string) => string | undefined;
  typed: (name: string) => string | undefined;
}

/** A coordinator's form on a site's page (status change, headcount): one Server Action, one button. */
export function SiteActionForm({
  action,
  siteId,
  title,
  hint,
  success,
  submitLabel,
  testId,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  siteId: string;
  title: string;
  hint?: string;
  success: string;
  submitLabel: string;
  testId: string;
  children: (fields: FieldHelpers) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const error = useFieldErrors(state);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form
      key={formKey(state)}
      action={formAction}
      className="flex flex-col gap-3 rounded-md bg-muted p-3"
      data-testid={testId}
    >
      <h3 className="font-bold">{title}</h3>
      {hint ? <p className="text-sm text-ink-soft">{hint}</p> : null}
      <FormFeedback state={state} success={success} />
      <input type="hidden" name="siteId" value={siteId} />
      {children({ error, typed: (name) => values?.[name] })}
      <div>
        <SubmitButton data-testid={`${testId}-submit`}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
