import type { InputHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';
import { CONTROL_CLASSES, describedBy, Field } from './field';

export interface InputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: ReactNode;
  /** Defaults to the name; pass one when two forms on a page share a field name. */
  id?: string;
  hint?: ReactNode;
  error?: string;
}

export function Input({ name, label, id = name, hint, error, className, ...props }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(CONTROL_CLASSES, className)}
        {...props}
      />
    </Field>
  );
}
