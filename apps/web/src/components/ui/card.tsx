import type { ReactNode } from 'react';
import { cx } from './cx';

export interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Heading level: cards sit under the page's h1. */
  as?: 'h1' | 'h2' | 'h3';
}

export function Card({ title, description, actions, children, className, as: Heading = 'h2' }: CardProps) {
  return (
    <section className={cx('rounded-lg border border-line bg-surface p-4 shadow-sm sm:p-6', className)}>
      {title || actions ? (
        <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
          <div className="flex flex-col gap-1">
            {title ? <Heading className="text-lg font-bold text-ink">{title}</Heading> : null}
            {description ? <p className="text-sm text-ink-soft">{description}</p> : null}
          </div>
          {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
