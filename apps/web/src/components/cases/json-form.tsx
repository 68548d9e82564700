'use client';

import { useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { FieldErrors, FieldIdPrefix } from '@/components/incident-form/form-fields';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/lib/form-state';
import { CaseFeedback } from './case-feedback';

/**
 * A form whose fields are held in state (arrays, contact lines) and sent as one JSON body through a
 * Server Action; the API's error paths land beside the fields (ids `${prefix}-${path}`).
 */
export function JsonForm({
  prefix,
  send,
  submitLabel,
  success,
  testId,
  onDone,
  children,
}: {
  prefix: string;
  send: () => Promise<FormState>;
  submitLabel: string;
  success?: string;
  testId: string;
  onDone?: () => void;
  children: ReactNode;
}) {
  const [state, setState] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await send();
      setState(result);
      if (result.status === 'success') onDone?.();
    });
  };
  return (
    <FieldIdPrefix.Provider value={prefix}>
      <FieldErrors.Provider value={(path) => state?.fieldErrors?.[path]}>
        <form
          onSubmit={submit}
          noValidate
          className="flex flex-col gap-3 print:hidden"
          data-testid={testId}
          aria-busy={pending || undefined}
        >
          {children}
          {state ? <CaseFeedback state={state} success={success} /> : null}
          <div>
            <Button
              type="submit"
              variant="primary"
              disabled={pending}
              aria-busy={pending || undefined}
              data-testid={`${testId}-submit`}
            >
              {submitLabel}
            </Button>
          </div>
        </form>
      </FieldErrors.Provider>
    </FieldIdPrefix.Provider>
  );
}
