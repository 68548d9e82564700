'use client';

import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { loadMoreStock } from '@/app/(app)/supplies/search-actions';
import { useKeysetPages } from '@/components/filters/use-keyset-pages';
import { SuppliesLoadMore } from './supplies-load-more';
import { Badge } from '@/components/ui/badge';
import { SortableTh } from '@/components/ui/sortable-th';
import { Table, Td, Th } from '@/components/ui/table';
import type { StockRow } from '@/lib/supplies/fetch';
import { dayLabel, daysUntil, EXPIRING_DAYS, itemName } from '@/lib/supplies/names';
import type { SortLink } from '@/lib/tables/sort';

/**
 * Stock per item, at one location or over all: available first (what can go out), low items and
 * batches expiring soon flagged with a word, not only a colour. Extra columns appear on wider screens.
 */
export function StockTable({
  initialRows,
  initialCursor,
  query,
  today,
  nameSort,
}: {
  initialRows: StockRow[];
  initialCursor: string | null;
  query: string;
  today: string;
  /** The item column's header: sorts by name either way (the API's keyset orders). */
  nameSort: SortLink;
}) {
  const t = useTranslations('supplies');
  const te = useTranslations('suppliesEnums');
  const locale = useLocale();
  const format = useFormatter();
  const count = (value: number | null) => (value === null ? '—' : format.number(value));
  const pages = useKeysetPages(initialRows, initialCursor, (next) => loadMoreStock(query, next));
  const { rows } = pages;
  if (rows.length === 0) return <p className="text-ink-soft">{t('noStock')}</p>;
  const wide = 'hidden md:table-cell';
  return (
    <div className="flex flex-col gap-3">
      <Table caption={t('stockCaption')}>
        <thead>
          <tr>
            <SortableTh label={t('item')} sort={nameSort} testId="sort-item" />
            <Th className="text-end">{t('available')}</Th>
            <Th className={`${wide} text-end`}>{t('onHand')}</Th>
            <Th className={`${wide} text-end`}>{t('reserved')}</Th>
            <Th className={`${wide} text-end`}>{t('threshold')}</Th>
            <Th>{t('status')}</Th>
          </tr>
        </thead>
        <tbody aria-live="polite">
          {rows.map((row) => {
            const days = row.nextExpiry ? daysUntil(row.nextExpiry, today) : null;
            return (
              <tr
                key={row.item.id}
                data-testid="stock-row"
                data-code={row.item.code}
                data-low={row.low || undefined}
              >
                <Td>
                  <Link
                    prefetch={false}
                    href={`/supplies/items/${row.item.id}`}
                    className="font-semibold text-brand underline underline-offset-2"
                  >
                    {itemName(row.item, locale)}
                  </Link>
                  <div className="text-xs text-ink-soft">
                    {te(`category.${row.item.category}`)} · <span dir="ltr">{row.item.code}</span>
                  </div>
                </Td>
                <Td className="text-end text-base font-bold tabular-nums" data-testid="stock-available">
                  {count(row.available)}
                </Td>
                <Td className={`${wide} text-end tabular-nums`}>{count(row.onHand)}</Td>
                <Td className={`${wide} text-end tabular-nums`}>{count(row.reserved)}</Td>
                <Td className={`${wide} text-end tabular-nums`}>{count(row.threshold)}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {row.low ? <Badge tone="danger">{t('low')}</Badge> : null}
                    {row.item.priority === 'high' ? <Badge tone="info">{t('priority')}</Badge> : null}
                    {row.nextExpiry && days !== null && days <= EXPIRING_DAYS ? (
                      <Badge tone={days < 0 ? 'danger' : 'warning'}>
                        {days < 0 ? t('expired') : t('expiresOn', { date: dayLabel(row.nextExpiry, locale) })}
                      </Badge>
                    ) : null}
                  </div>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <SuppliesLoadMore pages={pages} />
    </div>
  );
}
