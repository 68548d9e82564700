'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Table, Td, Th } from '@/components/ui/table';
import { SignedQuantity } from './signed-quantity';
import type { StocktakePreview } from '@/app/(app)/supplies/stocktake/actions';
import { dayLabel, itemName } from '@/lib/supplies/names';

/** What the count changes: expected (the books), counted, and the adjustment, per item and batch. */
export function StocktakeDifferences({
  differences,
  unchanged,
  caption,
}: {
  differences: StocktakePreview['differences'];
  unchanged: number;
  caption: string;
}) {
  const t = useTranslations('suppliesStocktake');
  const locale = useLocale();
  const format = useFormatter();
  return (
    <div className="flex flex-col gap-2">
      {differences.length === 0 ? (
        <p className="font-semibold" data-testid="no-differences">
          {t('noDifferences')}
        </p>
      ) : (
        <Table caption={caption}>
          <thead>
            <tr>
              <Th>{t('item')}</Th>
              <Th>{t('batch')}</Th>
              <Th className="text-end">{t('expected')}</Th>
              <Th className="text-end">{t('counted')}</Th>
              <Th className="text-end">{t('difference')}</Th>
            </tr>
          </thead>
          <tbody>
            {differences.map((row) => (
              <tr
                key={`${row.item.id}|${row.expiresOn ?? ''}`}
                data-testid="difference"
                data-code={row.item.code}
              >
                <Td>
                  {itemName(row.item, locale)}
                  {row.reserved > 0 ? (
                    <span className="block text-xs text-ink-soft">{t('packedN', { n: row.reserved })}</span>
                  ) : null}
                </Td>
                <Td>{row.expiresOn ? dayLabel(row.expiresOn, locale) : '—'}</Td>
                <Td className="text-end tabular-nums">{format.number(row.onHand)}</Td>
                <Td className="text-end tabular-nums">{format.number(row.counted)}</Td>
                <Td className="text-end font-bold tabular-nums" data-testid="difference-value">
                  <SignedQuantity quantity={row.difference} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="text-sm text-ink-soft" data-testid="unchanged">
        {t('unchanged', { count: unchanged })}
      </p>
    </div>
  );
}
