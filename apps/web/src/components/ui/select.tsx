import type { ReactNode, SelectHTMLAttributes } from 'react';
import { cx } from './cx';
import { CONTROL_CLASSES, describedBy, Field } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  id?: string;
  hint?: ReactNode;
  error?: string;
}

/** `options` for a flat list; `children` (<optgroup>s) for a grouped one. */
export function Select({
  name,
  label,
  options,
  id = name,
  hint,
  error,
  className,
  children,
  ...props
}: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cx(CONTROL_CLASSES, className)}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </Field>
  );
}
