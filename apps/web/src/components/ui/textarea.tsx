import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { cx } from './cx';
import { CONTROL_CLASSES, describedBy, Field } from './field';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string;
}

export function Textarea({
  name,
  label,
  id = name,
  hint,
  error,
  className,
  rows = 3,
  ...props
}: TextareaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(CONTROL_CLASSES, className)}
        {...props}
      />
    </Field>
  );
}
