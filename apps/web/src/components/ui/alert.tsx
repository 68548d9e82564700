import type { ReactNode } from 'react';
import { cx } from './cx';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

const TONES: Record<AlertTone, string> = {
  info: 'border-info bg-info-soft',
  success: 'border-success bg-success-soft',
  warning: 'border-warning bg-warning-soft',
  error: 'border-danger bg-danger-soft',
};

/** Errors interrupt screen readers (role=alert); other notices are polite (role=status). */
export function Alert({
  tone = 'info',
  title,
  children,
  className,
  testId,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      className={cx('rounded-md border-s-4 p-4 text-sm text-ink', TONES[tone], className)}
    >
      {title ? <p className="mb-1 font-bold">{title}</p> : null}
      {children ? <div className="flex flex-col gap-2">{children}</div> : null}
    </div>
  );
}
