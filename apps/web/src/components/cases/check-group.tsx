'use client';

import { useContext } from 'react';
import { FieldIdPrefix, fieldId, useFieldError } from '@/components/incident-form/form-fields';
import { Checkbox } from '@/components/ui/checkbox';

/**
 * A set of checkboxes for one array field (consent scopes, sensitivity flags, assignees): the
 * fieldset carries the field's id, so an API error on the array links to it and shows beneath it.
 */
export function CheckGroup({
  path,
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  path: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const id = fieldId(path, useContext(FieldIdPrefix));
  const error = useFieldError(path);
  const toggle = (option: string, on: boolean) =>
    onChange(on ? [...value, option] : value.filter((item) => item !== option));
  return (
    <fieldset id={id} className="flex flex-col gap-1" aria-invalid={error ? true : undefined} tabIndex={-1}>
      <legend className="text-sm font-semibold text-ink">{legend}</legend>
      {hint ? <p className="text-sm text-ink-soft">{hint}</p> : null}
      <div className="grid sm:grid-cols-2">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            label={option.label}
            checked={value.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
        ))}
      </div>
      {error ? (
        <p className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
