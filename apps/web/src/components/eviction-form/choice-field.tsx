'use client';

import { useContext } from 'react';
import { cx } from '@/components/ui/cx';
import { fieldId, FieldIdPrefix, useFieldError } from '@/components/incident-form/form-fields';

/**
 * A short list of answers as big radio buttons side by side: one tap with a thumb, no menu to open
 * (yes / no / not known, the legal basis shown). Arrow keys move between answers as in any radio group.
 */
export function ChoiceField<V extends string>({
  path,
  label,
  value,
  options,
  onChange,
}: {
  path: string;
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  const id = fieldId(path, useContext(FieldIdPrefix));
  const error = useFieldError(path);
  return (
    <fieldset className="flex flex-col gap-1" id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-semibold text-ink">{label}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => {
          const optionId = `${id}-${option.value || 'unknown'}`;
          const checked = option.value === value;
          return (
            <label
              key={option.value}
              htmlFor={optionId}
              className={cx(
                'flex min-h-11 min-w-20 flex-1 cursor-pointer items-center justify-center rounded-md border px-3 py-2 text-center text-sm font-semibold',
                'has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
                checked
                  ? 'border-brand bg-brand text-white'
                  : 'border-line-strong bg-surface text-ink hover:bg-muted',
              )}
            >
              <input
                id={optionId}
                type="radio"
                name={`${id}-choice`}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value)}
                className="sr-only"
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
