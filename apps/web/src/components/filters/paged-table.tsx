'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SortableTh } from '@/components/ui/sortable-th';
import { Table, Th } from '@/components/ui/table';
import type { SortLink } from '@/lib/tables/sort';
import { LoadMore } from './load-more';
import { useKeysetPages } from './use-keyset-pages';

type Page<R> = { rows: R[]; nextCursor: string | null } | { error: true };

/** A header the API can sort by (only those: another order would break keyset paging). */
export interface SortedHeader {
  label: string;
  sort: SortLink;
}

function isSorted(header: ReactNode | SortedHeader): header is SortedHeader {
  return typeof header === 'object' && header !== null && 'sort' in header;
}

/**
 * A filtered list shown one keyset page at a time: "load more" appends the next page under the same
 * filter (`load` asks for it, usually a Server Action given the page's query string).
 */
export function PagedTable<R extends { id: string }>({
  initialRows,
  initialCursor,
  load,
  namespace,
  headers,
  renderRow,
}: {
  initialRows: R[];
  initialCursor: string | null;
  load: (cursor: string) => Promise<Page<R>>;
  /** The list's catalogue: caption, noResults, loadMoreFailed, loading, loadMore, allShown. */
  namespace: 'incidents' | 'evictions';
  headers: (ReactNode | SortedHeader)[];
  renderRow: (row: R) => ReactNode;
}) {
  const t = useTranslations(namespace);
  const { rows, cursor, failed, pending, loadMore } = useKeysetPages(initialRows, initialCursor, load);
  if (rows.length === 0) return <p className="text-ink-soft">{t('noResults')}</p>;
  return (
    <div className="flex flex-col gap-3">
      <Table caption={t('caption')}>
        <thead>
          <tr>
            {headers.map((header, i) =>
              isSorted(header) ? (
                <SortableTh key={i} label={header.label} sort={header.sort} testId="sort-header" />
              ) : (
                <Th key={i}>{header}</Th>
              ),
            )}
          </tr>
        </thead>
        <tbody aria-live="polite">{rows.map(renderRow)}</tbody>
      </Table>
      <LoadMore
        cursor={cursor}
        failed={failed}
        pending={pending}
        onLoadMore={loadMore}
        labels={{
          failed: t('loadMoreFailed'),
          loading: t('loading'),
          loadMore: t('loadMore'),
          allShown: t('allShown', { count: rows.length }),
        }}
      />
    </div>
  );
}
