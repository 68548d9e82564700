'use client';

import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { loadLedger } from '@/app/(app)/supplies/ledger-actions';
import { useKeysetPages } from '@/components/filters/use-keyset-pages';
import { SuppliesLoadMore } from './supplies-load-more';
import { Table, Td, Th } from '@/components/ui/table';
import { SignedQuantity } from './signed-quantity';
import type { LedgerEntry } from '@/lib/supplies/ledger';
import { dayLabel, itemName } from '@/lib/supplies/names';

/**
 * The stock ledger, newest first: every movement with its operation (who, why), never edited. A
 * quantity's sign is written out, so in and out read without colour.
 */
export function LedgerTable({
  initialRows,
  initialCursor,
  filter,
  show,
}: {
  initialRows: LedgerEntry[];
  initialCursor: string | null;
  filter: { itemId?: string; locationId?: string };
  /** The column that varies: the item (a location's ledger) or the location (an item's). */
  show: 'item' | 'location';
}) {
  const t = useTranslations('suppliesLedger');
  const te = useTranslations('suppliesEnums');
  const format = useFormatter();
  const locale = useLocale();
  const pages = useKeysetPages(initialRows, initialCursor, (next) => loadLedger(filter, next));
  const { rows } = pages;
  if (rows.length === 0) return <p className="text-ink-soft">{t('empty')}</p>;
  return (
    <div className="flex flex-col gap-3">
      <Table caption={t('caption')}>
        <thead>
          <tr>
            <Th>{t('when')}</Th>
            <Th>{t('what')}</Th>
            <Th>{show === 'item' ? t('item') : t('location')}</Th>
            <Th className="text-end">{t('quantity')}</Th>
            <Th>{t('batch')}</Th>
            <Th>{t('who')}</Th>
          </tr>
        </thead>
        <tbody aria-live="polite">
          {rows.map((row) => (
            <tr key={row.id} data-testid="ledger-row" data-kind={row.kind}>
              <Td className="whitespace-nowrap">
                <Link
                  prefetch={false}
                  href={`/supplies/operations/${row.operationId}`}
                  className="text-brand underline underline-offset-2"
                >
                  {format.dateTime(row.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </Link>
              </Td>
              <Td>
                {te(`movementKind.${row.kind}`)}
                {row.source ? (
                  <span className="block text-xs text-ink-soft">{te(`source.${row.source}`)}</span>
                ) : null}
                {row.writeOffReason ? (
                  <span className="block text-xs text-ink-soft">
                    {te(`writeOffReason.${row.writeOffReason}`)}
                  </span>
                ) : null}
              </Td>
              <Td>{show === 'item' ? itemName(row.item, locale) : row.location.name}</Td>
              <Td className="text-end font-semibold tabular-nums" data-testid="ledger-quantity">
                <SignedQuantity quantity={row.quantity} />
              </Td>
              <Td>{row.expiresOn ? dayLabel(row.expiresOn, locale) : '—'}</Td>
              <Td>{row.actorName}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <SuppliesLoadMore pages={pages} />
    </div>
  );
}
