'use client';

import { useActionState, type ReactNode } from 'react';
import { cx } from '@/components/ui/cx';
import { SubmitButton } from '@/components/ui/submit-button';
import { formKey, IDLE, type FormState } from '@/lib/form-state';
import { CaseFeedback, useCaseFieldErrors } from './case-feedback';

/** What the fields of a refused form need: their error, and the value typed before the refusal. */
export interface FieldHelpers {
  error: (name: string) => string | undefined;
  typed: (name: string) => string | undefined;
}

/**
 * A small form on a casework page (a note, a deadline, a flag…): one Server Action, hidden ids and
 * version, the API's field errors beside their fields, and what was typed kept after a refusal.
 */
export function ActionForm({
  action,
  hidden,
  title,
  hint,
  success,
  submitLabel,
  testId,
  variant = 'primary',
  className,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  title?: string;
  hint?: string;
  success?: string;
  submitLabel: string;
  testId: string;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
  children?: (fields: FieldHelpers) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const error = useCaseFieldErrors(state);
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <form
      key={formKey(state)}
      action={formAction}
      className={cx('flex flex-col gap-3 print:hidden', className ?? 'rounded-md bg-muted p-3')}
      data-testid={testId}
    >
      {title ? <h3 className="font-bold">{title}</h3> : null}
      {hint ? <p className="text-sm text-ink-soft">{hint}</p> : null}
      <CaseFeedback state={state} success={success} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.({ error, typed: (name) => values?.[name] })}
      <div>
        <SubmitButton variant={variant} data-testid={`${testId}-submit`}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
