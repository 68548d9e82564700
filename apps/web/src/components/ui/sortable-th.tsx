import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SortLink } from '@/lib/tables/sort';
import { cx } from './cx';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A column header that sorts: a link to the same page with the next order in its URL (the server
 * renders the sorted rows, so it works before any script and can be bookmarked). `aria-sort` tells
 * screen readers the current order; the link says what a click does. Works in server and client
 * components alike.
 */
export function SortableTh({
  label,
  sort,
  className,
  testId,
}: {
  label: ReactNode;
  sort: SortLink;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations('tableSort');
  const next = sort.sorted === 'asc' ? 'desc' : sort.sorted === 'desc' ? 'asc' : null;
  return (
    <th
      scope="col"
      aria-sort={sort.sorted ? ARIA_SORT[sort.sorted] : 'none'}
      data-testid={testId}
      className={cx(
        'border-b border-line bg-muted px-3 py-2 text-start font-semibold whitespace-nowrap text-ink',
        className,
      )}
    >
      <Link
        prefetch={false}
        scroll={false}
        href={sort.href}
        className="inline-flex min-h-6 items-center gap-1 underline-offset-2 hover:underline print:no-underline"
      >
        {label}
        <span aria-hidden="true" className={cx('text-xs', sort.sorted ? 'text-ink' : 'text-ink-soft')}>
          {sort.sorted === 'asc' ? '▲' : sort.sorted === 'desc' ? '▼' : '↕'}
        </span>
        {next ? (
          <span className="sr-only"> ({next === 'asc' ? t('sortAscending') : t('sortDescending')})</span>
        ) : null}
      </Link>
    </th>
  );
}
