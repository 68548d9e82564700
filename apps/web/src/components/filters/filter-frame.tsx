import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';

/**
 * A list's filter as a plain GET form (works without JavaScript): every field is a query parameter,
 * so the filtered view is a URL to bookmark or share. Ends with "apply" and "clear".
 */
export function FilterFrame({
  action,
  label,
  testId,
  applyLabel,
  clearLabel,
  applyTestId,
  className = 'flex flex-col gap-3',
  keep = {},
  children,
}: {
  action: string;
  label: string;
  testId: string;
  applyLabel: string;
  clearLabel: string;
  applyTestId: string;
  className?: string;
  /** Parameters the form does not edit but must not lose (a table's order), kept by apply and clear. */
  keep?: Record<string, string>;
  children: ReactNode;
}) {
  const kept = new URLSearchParams(keep).toString();
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      data-testid={testId}
      className={cx('rounded-lg border border-line bg-surface p-4', className)}
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClasses('primary')} data-testid={applyTestId}>
          {applyLabel}
        </button>
        <a href={kept ? `${action}?${kept}` : action} className={buttonClasses('secondary')}>
          {clearLabel}
        </a>
      </div>
    </form>
  );
}
