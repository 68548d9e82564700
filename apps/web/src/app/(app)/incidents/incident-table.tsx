'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { PagedTable } from '@/components/filters/paged-table';
import { Td } from '@/components/ui/table';
import type { SortLink } from '@/lib/tables/sort';
import type { IncidentRow } from '@/lib/incidents/rows';
import { loadMoreIncidents } from './actions';
import { MediaIcon, VerificationBadge } from './incident-badges';

/** The list, one keyset page at a time: "load more" appends the next page under the same filter. */
export function IncidentTable({
  initialRows,
  initialCursor,
  query,
  dateSort,
}: {
  initialRows: IncidentRow[];
  initialCursor: string | null;
  query: string;
  /** The date header's order and link (the API's start-date orders). */
  dateSort: SortLink;
}) {
  const t = useTranslations('incidents');
  return (
    <PagedTable
      initialRows={initialRows}
      initialCursor={initialCursor}
      load={(cursor) => loadMoreIncidents(query, cursor)}
      namespace="incidents"
      headers={[
        t('reference'),
        { label: t('date'), sort: dateSort },
        t('place'),
        t('actTypes'),
        t('forces'),
        t('verification'),
        <span key="media" className="sr-only">
          {t('media')}
        </span>,
      ]}
      renderRow={(row) => (
        <tr key={row.id} data-testid="incident-row" data-reference={row.reference}>
          <Td className="whitespace-nowrap">
            <Link
              prefetch={false}
              href={`/incidents/${row.id}`}
              className="font-semibold text-brand underline underline-offset-2"
              dir="ltr"
            >
              {row.reference}
            </Link>
            <div className="max-w-64 text-ink-soft whitespace-normal">{row.title}</div>
            {row.draft ? <span className="text-xs font-semibold text-warning">{t('draft')}</span> : null}
          </Td>
          <Td className="whitespace-nowrap">
            <span title={row.precision}>{row.when}</span>
          </Td>
          <Td>{row.place || '—'}</Td>
          <Td>{row.actTypes.length > 0 ? row.actTypes.join(', ') : '—'}</Td>
          <Td>{row.forces.length > 0 ? row.forces.join(', ') : '—'}</Td>
          <Td>
            <VerificationBadge status={row.verification} />
          </Td>
          <Td>{row.hasMedia ? <MediaIcon label={t('hasMedia')} /> : null}</Td>
        </tr>
      )}
    />
  );
}
