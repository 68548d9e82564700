'use client';

import { useFieldError } from './form-fields';

/** Which victims or perpetrators of this record an act concerns, by their row in the form. */
export function ActLinks({
  path,
  legend,
  empty,
  options,
  selected,
  onChange,
}: {
  path: string;
  legend: string;
  empty: string;
  options: { key: string; label: string }[];
  selected: string[];
  onChange: (keys: string[]) => void;
}) {
  const error = useFieldError(path);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-semibold">{legend}</legend>
      {options.length === 0 ? <p className="text-sm text-ink-soft">{empty}</p> : null}
      {options.map((option) => {
        const id = `incident-${path.replaceAll('.', '-')}-${option.key}`;
        return (
          <div key={option.key} className="flex min-h-9 items-center gap-2">
            <input
              id={id}
              type="checkbox"
              checked={selected.includes(option.key)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.key]
                    : selected.filter((key) => key !== option.key),
                )
              }
              className="size-5 accent-brand"
            />
            <label htmlFor={id} className="text-sm">
              {option.label}
            </label>
          </div>
        );
      })}
      {error ? (
        <p className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
