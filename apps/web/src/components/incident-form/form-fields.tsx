'use client';

import { createContext, useContext, type InputHTMLAttributes, type ReactNode } from 'react';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select, type SelectOption } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';

/** An API error path (acts.0.actTypeId) is also the control's id, so the summary can link to it. */
export function fieldId(path: string, prefix = 'incident'): string {
  return `${prefix}-${path.replaceAll('.', '-')}`;
}

/** Which record the fields belong to ("incident", "eviction"): the first part of every control's id. */
export const FieldIdPrefix = createContext('incident');

function useFieldId(path: string): string {
  return fieldId(path, useContext(FieldIdPrefix));
}

/** Looks up the error for a path, or for anything under it (acts.0.victimKeys.1 → acts.0.victimKeys). */
export const FieldErrors = createContext<(path: string) => string | undefined>(() => undefined);

export function useFieldError(path: string): string | undefined {
  return useContext(FieldErrors)(path);
}

interface Base {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  ...props
}: Base & { value: string; onChange: (value: string) => void } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'name' | 'id'
  >) {
  const error = useFieldError(path);
  const id = useFieldId(path);
  return (
    <Input
      name={path}
      id={id}
      label={label}
      hint={hint}
      error={error}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      {...props}
    />
  );
}

export function AreaField({
  path,
  label,
  hint,
  value,
  onChange,
  rows,
  maxLength,
}: Base & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number }) {
  const error = useFieldError(path);
  const id = useFieldId(path);
  return (
    <Textarea
      name={path}
      id={id}
      label={label}
      hint={hint}
      error={error}
      value={value}
      rows={rows}
      maxLength={maxLength}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function SelectField<V extends string>({
  path,
  label,
  hint,
  value,
  onChange,
  options,
  children,
}: Base & {
  value: V;
  onChange: (value: V) => void;
  options?: readonly SelectOption[];
  /** Raw <option>/<optgroup> elements, for grouped lists. */
  children?: ReactNode;
}) {
  const error = useFieldError(path);
  const id = useFieldId(path);
  return (
    <Select
      name={path}
      id={id}
      label={label}
      hint={hint}
      error={error}
      value={value}
      options={options ?? []}
      onChange={(event) => onChange(event.target.value as V)}
    >
      {children}
    </Select>
  );
}

export function CheckField({
  path,
  label,
  checked,
  onChange,
}: Base & { checked: boolean; onChange: (checked: boolean) => void }) {
  const error = useFieldError(path);
  const id = useFieldId(path);
  return (
    <div>
      <Checkbox
        id={id}
        name={path}
        label={label}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {error ? (
        <p className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
