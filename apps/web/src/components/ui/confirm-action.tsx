'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useState, type ReactNode } from 'react';
import { IDLE, type FormState } from '@/lib/form-state';
import { Button, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { FormFeedback } from './form-feedback';
import { Input } from './input';
import { SubmitButton } from './submit-button';

export interface ConfirmActionProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  triggerLabel: string;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  hiddenFields?: Record<string, string>;
  /** The user must type this word (e.g. LOCK) before the action can run. */
  typedConfirmation?: { word: string; label: string; name: string };
  successMessage?: string;
  testId?: string;
}

/** A button that asks for confirmation in a modal dialog before running a Server Action. */
export function ConfirmAction(props: ConfirmActionProps) {
  const t = useTranslations('common');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [state, formAction] = useActionState(props.action, IDLE);

  useEffect(() => {
    if (state.status === 'success') setOpen(false);
  }, [state]);

  const word = props.typedConfirmation?.word;
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant={props.variant ?? 'secondary'} onClick={() => setOpen(true)} data-testid={props.testId}>
        {props.triggerLabel}
      </Button>
      {state.status === 'success' && props.successMessage ? (
        <p role="status" className="text-sm text-success">
          {props.successMessage}
        </p>
      ) : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={props.title}>
        <form action={formAction} className="flex flex-col gap-4">
          <div className="text-ink">{props.body}</div>
          {Object.entries(props.hiddenFields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {props.typedConfirmation ? (
            <Input
              name={props.typedConfirmation.name}
              label={props.typedConfirmation.label}
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              error={state.fieldErrors?.[props.typedConfirmation.name]}
            />
          ) : null}
          <FormFeedback state={state} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('cancel')}
            </Button>
            <SubmitButton
              variant={props.variant === 'danger' ? 'danger' : 'primary'}
              disabled={word !== undefined && typed !== word}
            >
              {props.confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
