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
  children,
}: {
  action: string;
  label: string;
  testId: string;
  applyLabel: string;
  clearLabel: string;
  applyTestId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={label}
      data-testid={testId}
      className={cx('rounded-lg border border-line bg-surface p-4', className)}
    >
      {children}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClasses('primary')} data-testid={applyTestId}>
          {applyLabel}
        </button>
        <a href={action} className={buttonClasses('secondary')}>
          {clearLabel}
        </a>
      </div>
    </form>
  );
}
