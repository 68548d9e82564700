'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import type { IncidentRow } from '@/lib/incidents/rows';
import { loadMoreIncidents } from './actions';
import { MediaIcon, VerificationBadge } from './incident-badges';

/** The list, one keyset page at a time: "load more" appends the next page under the same filter. */
export function IncidentTable({
  initialRows,
  initialCursor,
  query,
}: {
  initialRows: IncidentRow[];
  initialCursor: string | null;
  query: string;
}) {
  const t = useTranslations('incidents');
  const [rows, setRows] = useState(initialRows);
  const [cursor, setCursor] = useState(initialCursor);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  const loadMore = () =>
    startTransition(async () => {
      if (!cursor) return;
      const result = await loadMoreIncidents(query, cursor).catch(() => ({ error: true as const }));
      if ('error' in result) {
        setFailed(true);
        return;
      }
      setFailed(false);
      setRows((current) => [...current, ...result.rows]);
      setCursor(result.nextCursor);
    });

  if (rows.length === 0) return <p className="text-ink-soft">{t('noResults')}</p>;
  return (
    <div className="flex flex-col gap-3">
      <Table caption={t('caption')}>
        <thead>
          <tr>
            <Th>{t('reference')}</Th>
            <Th>{t('date')}</Th>
            <Th>{t('place')}</Th>
            <Th>{t('actTypes')}</Th>
            <Th>{t('forces')}</Th>
            <Th>{t('verification')}</Th>
            <Th>
              <span className="sr-only">{t('media')}</span>
            </Th>
          </tr>
        </thead>
        <tbody aria-live="polite">
          {rows.map((row) => (
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
          ))}
        </tbody>
      </Table>
      {failed ? <Alert tone="error">{t('loadMoreFailed')}</Alert> : null}
      {cursor ? (
        <div>
          <Button
            variant="secondary"
            onClick={loadMore}
            disabled={pending}
            aria-busy={pending || undefined}
            data-testid="load-more"
          >
            {pending ? t('loading') : t('loadMore')}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-ink-soft">{t('allShown', { count: rows.length })}</p>
      )}
    </div>
  );
}
