'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent, ReactNode } from 'react';
import { fieldId, FieldErrors, FieldIdPrefix } from '@/components/incident-form/form-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SubmissionFeedback } from './submission-feedback';
import type { SubmissionState } from './use-submission';

/**
 * The frame of every supplies form: field ids and API errors by path (lines.0.quantity →
 * #donation-lines-0-quantity), the outcome above the fields, and a submit button kept within reach of
 * a thumb at the bottom of a phone screen.
 */
export function FormFrame({
  prefix,
  submission: { state, pending, fieldErrors, kept = false },
  done,
  submitLabel,
  pendingLabel,
  onSubmit,
  children,
  disabled,
  status,
  reloadHref,
}: {
  prefix: string;
  submission: {
    state: SubmissionState<unknown>;
    pending: boolean;
    fieldErrors: Record<string, string>;
    kept?: boolean;
  };
  /** What the last submission recorded, with a link to it (forms that stay open for the next one). */
  done?: { text: string; href: string } | null;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: () => void;
  children: ReactNode;
  disabled?: boolean;
  /** Where the submission is (sent, or kept on this device), beside the button. */
  status?: ReactNode;
  /** An edit form's own record: a 409 means someone changed it meanwhile, and this reloads it. */
  reloadHref?: string;
}) {
  const t = useTranslations('suppliesForms');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <FieldIdPrefix.Provider value={prefix}>
      <FieldErrors.Provider value={(path) => fieldErrors[path]}>
        <form
          onSubmit={submit}
          noValidate
          className="flex max-w-2xl flex-col gap-4"
          data-testid={`${prefix}-form`}
          aria-busy={pending || undefined}
        >
          <SubmissionFeedback
            state={state}
            kept={kept}
            reloadHref={reloadHref}
            success={done?.text}
            link={done ? { href: done.href, label: t('seeRecord') } : undefined}
          />
          <FieldErrorList prefix={prefix} fieldErrors={fieldErrors} />
          {children}
          <div className="sticky bottom-0 z-10 -mx-3 flex flex-wrap items-center justify-between gap-3 border-t border-line bg-surface px-3 py-2 sm:mx-0 sm:rounded-lg sm:border">
            {status}
            <Button
              type="submit"
              variant="primary"
              className="w-full sm:w-auto"
              disabled={pending || disabled}
              aria-busy={pending || undefined}
              data-testid={`${prefix}-submit`}
            >
              {pending ? pendingLabel : submitLabel}
            </Button>
          </div>
        </form>
      </FieldErrors.Provider>
    </FieldIdPrefix.Provider>
  );
}

/** Every field error of a refusal, each a link to its control. */
function FieldErrorList({ prefix, fieldErrors }: { prefix: string; fieldErrors: Record<string, string> }) {
  const t = useTranslations('suppliesForms');
  const errors = Object.entries(fieldErrors);
  if (errors.length === 0) return null;
  // A field by its label on the form when it has one (`expiresOn` → "Expiry date"), else by its name.
  const label = (field: string) => {
    const key = field.replace(/Id$/, '') as 'quantity';
    return t.has(key) ? t(key) : field;
  };
  const where = (path: string) => {
    const match = /^lines\.(\d+)(?:\.(\w+))?$/.exec(path);
    if (!match) return label(path);
    const line = t('lineN', { n: Number(match[1]) + 1 });
    return match[2] ? `${line} › ${label(match[2])}` : line;
  };
  return (
    <Alert tone="warning">
      <ul className="list-disc ps-5">
        {errors.map(([path, message]) => (
          <li key={path}>
            <a href={`#${fieldId(path, prefix)}`} className="underline underline-offset-2">
              {where(path)}
            </a>
            : <span dir="auto">{message}</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
