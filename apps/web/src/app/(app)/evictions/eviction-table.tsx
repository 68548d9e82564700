'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { EvictionStatusBadge, LegalBasisBadge } from '@/components/evictions/eviction-badges';
import { PagedTable } from '@/components/filters/paged-table';
import { Td } from '@/components/ui/table';
import type { SortLink } from '@/lib/tables/sort';
import type { EvictionRow } from '@/lib/evictions/rows';
import { loadMoreEvictions } from './actions';

/** The eviction list, newest first by default, one keyset page at a time. */
export function EvictionTable({
  initialRows,
  initialCursor,
  query,
  dateSort,
}: {
  initialRows: EvictionRow[];
  initialCursor: string | null;
  query: string;
  /** The date header's order and link (the API's start-date orders). */
  dateSort: SortLink;
}) {
  const t = useTranslations('evictions');
  return (
    <PagedTable
      initialRows={initialRows}
      initialCursor={initialCursor}
      load={(cursor) => loadMoreEvictions(query, cursor)}
      namespace="evictions"
      headers={[
        t('reference'),
        { label: t('date'), sort: dateSort },
        t('site'),
        t('legalBasis'),
        t('people'),
        t('incidents'),
        t('status'),
      ]}
      renderRow={(row) => (
        <tr key={row.id} data-testid="eviction-row" data-reference={row.reference}>
          <Td className="whitespace-nowrap">
            <Link
              prefetch={false}
              href={`/evictions/${row.id}`}
              className="font-semibold text-brand underline underline-offset-2"
              dir="ltr"
            >
              {row.reference}
            </Link>
          </Td>
          <Td className="whitespace-nowrap">
            {row.when}
            {row.duration ? <div className="text-ink-soft">{row.duration}</div> : null}
          </Td>
          <Td>
            <Link prefetch={false} href={`/sites/${row.site.id}`} className="underline underline-offset-2">
              {row.site.name}
            </Link>
            <div className="text-ink-soft">{row.site.commune}</div>
          </Td>
          <Td>
            <LegalBasisBadge basis={row.legalBasis} />
          </Td>
          <Td className="tabular-nums">{row.peopleAffected ?? '—'}</Td>
          <Td className="tabular-nums">{row.incidentCount > 0 ? row.incidentCount : '—'}</Td>
          <Td>
            <EvictionStatusBadge status={row.status} />
          </Td>
        </tr>
      )}
    />
  );
}
