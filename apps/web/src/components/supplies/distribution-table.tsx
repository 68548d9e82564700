'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { loadMoreDistributions } from '@/app/(app)/supplies/distributions/actions';
import { useKeysetPages } from '@/components/filters/use-keyset-pages';
import { SuppliesLoadMore } from './supplies-load-more';
import { Table, Td, Th } from '@/components/ui/table';
import type { DistributionRow } from '@/lib/supplies/distributions';
import { DistributionStatusBadge, ServedSummary } from './distribution-badges';

/** Distributions, latest first, one keyset page at a time. */
export function DistributionTable({
  initialRows,
  initialCursor,
  query,
}: {
  initialRows: DistributionRow[];
  initialCursor: string | null;
  query: string;
}) {
  const t = useTranslations('suppliesDistributions');
  const format = useFormatter();
  const pages = useKeysetPages(initialRows, initialCursor, (next) => loadMoreDistributions(query, next));
  const { rows } = pages;
  if (rows.length === 0) return <p className="text-ink-soft">{t('none')}</p>;
  return (
    <div className="flex flex-col gap-3">
      <Table caption={t('caption')}>
        <thead>
          <tr>
            <Th>{t('reference')}</Th>
            <Th>{t('status')}</Th>
            <Th>{t('when')}</Th>
            <Th>{t('where')}</Th>
            <Th>{t('served')}</Th>
          </tr>
        </thead>
        <tbody aria-live="polite">
          {rows.map((row) => (
            <tr key={row.id} data-testid="distribution-row" data-reference={row.reference}>
              <Td className="whitespace-nowrap">
                <Link
                  prefetch={false}
                  href={`/supplies/distributions/${row.id}`}
                  className="font-semibold text-brand underline underline-offset-2"
                  dir="ltr"
                >
                  {row.reference}
                </Link>
              </Td>
              <Td>
                <DistributionStatusBadge status={row.status} />
              </Td>
              <Td className="whitespace-nowrap">
                {format.dateTime(row.distributedAt ?? row.scheduledAt, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                })}
              </Td>
              <Td>
                {row.site ? `${row.site.name} (${row.site.commune})` : '—'}
                <span className="block text-xs text-ink-soft">
                  {t('fromLocation', { location: row.location.name })}
                </span>
              </Td>
              <Td>
                <ServedSummary served={row.served} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <SuppliesLoadMore pages={pages} />
    </div>
  );
}
