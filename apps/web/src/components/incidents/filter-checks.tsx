import { FoldMarker } from '@/components/ui/fold-marker';
import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

export interface CheckOption {
  value: string;
  label: string;
}

/** A group of checkboxes sharing one query parameter (?name=a&name=b), folded on small screens. */
export function FilterChecks({
  name,
  legend,
  options,
  selected,
  open,
  children,
  className,
}: {
  name: string;
  legend: string;
  options: readonly CheckOption[];
  selected: readonly string[];
  open?: boolean;
  children?: ReactNode;
  className?: string;
}) {
  const count = selected.length;
  return (
    <details
      className={cx('group rounded-md border border-line-strong bg-surface', className)}
      open={open || count > 0 || undefined}
      data-filter={name}
    >
      <summary className="flex min-h-11 cursor-pointer items-center px-3 py-2 text-sm font-semibold">
        <FoldMarker />
        {legend}
        {count > 0 ? <span className="ms-2 rounded-full bg-muted px-2 text-xs">{count}</span> : null}
      </summary>
      <fieldset className="flex flex-col gap-1 px-3 pb-3">
        <legend className="sr-only">{legend}</legend>
        {options.map((option) => (
          <CheckRow
            key={option.value}
            name={name}
            option={option}
            checked={selected.includes(option.value)}
          />
        ))}
        {children}
      </fieldset>
    </details>
  );
}

export function CheckRow({
  name,
  option,
  checked,
  className,
}: {
  name: string;
  option: CheckOption;
  checked: boolean;
  className?: string;
}) {
  const id = `f-${name}-${option.value}`;
  return (
    <div className={cx('flex min-h-9 items-center gap-2', className)}>
      <input
        id={id}
        type="checkbox"
        name={name}
        value={option.value}
        defaultChecked={checked}
        className="size-5 shrink-0 accent-brand focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-focus"
      />
      <label htmlFor={id} className="text-sm text-ink">
        {option.label}
      </label>
    </div>
  );
}
