import type { InputHTMLAttributes, ReactNode } from 'react';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id'> {
  id: string;
  label: ReactNode;
}

export function Checkbox({ id, label, ...props }: CheckboxProps) {
  return (
    <div className="flex min-h-11 items-center gap-3">
      <input
        id={id}
        type="checkbox"
        className="size-5 accent-brand focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
        {...props}
      />
      <label htmlFor={id} className="text-base text-ink">
        {label}
      </label>
    </div>
  );
}
