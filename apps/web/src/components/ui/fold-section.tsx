import type { ReactNode } from 'react';
import { FoldMarker } from './fold-marker';

/**
 * A foldable part of a long form ("Acts (2)", "Forces"): folded while empty so that the essentials
 * fit a phone screen, open as soon as it holds something (or an error points into it).
 */
export function FoldSection({
  title,
  count,
  open,
  testId,
  children,
}: {
  title: string;
  count?: number;
  open: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <details
      open={open || undefined}
      className="group rounded-lg border border-line bg-surface shadow-sm"
      data-testid={testId}
    >
      <summary className="flex min-h-12 cursor-pointer items-center px-4 py-3 text-lg font-bold">
        <FoldMarker />
        {title}
        {count !== undefined ? (
          <span className="ms-2 text-base font-normal text-ink-soft">({count})</span>
        ) : null}
      </summary>
      {children}
    </details>
  );
}
