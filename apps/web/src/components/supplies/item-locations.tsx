import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { ItemStock } from '@/lib/supplies/fetch';
import { dayLabel } from '@/lib/supplies/names';

/** An item's stock at each location, with its expiry batches and whether it is below threshold. */
export async function ItemLocations({ stock }: { stock: ItemStock }) {
  const t = await getTranslations('supplies');
  const locale = await getLocale();
  const format = await getFormatter();
  const count = (value: number | null) => (value === null ? '—' : format.number(value));
  if (stock.locations.length === 0) return <p className="text-ink-soft">{t('nowhere')}</p>;
  return (
    <Table caption={t('itemLocationsCaption')}>
      <thead>
        <tr>
          <Th>{t('location')}</Th>
          <Th className="text-end">{t('available')}</Th>
          <Th className="text-end">{t('onHand')}</Th>
          <Th className="text-end">{t('reserved')}</Th>
          <Th className="text-end">{t('threshold')}</Th>
          <Th>{t('batches')}</Th>
        </tr>
      </thead>
      <tbody>
        {stock.locations.map((row) => (
          <tr key={row.location.id} data-testid="item-location" data-location={row.location.name}>
            <Td>
              <span className="font-semibold">{row.location.name}</span>{' '}
              {row.low ? <Badge tone="danger">{t('low')}</Badge> : null}
            </Td>
            <Td className="text-end font-bold tabular-nums" data-testid="item-location-available">
              {count(row.available)}
            </Td>
            <Td className="text-end tabular-nums">{count(row.onHand)}</Td>
            <Td className="text-end tabular-nums">{count(row.reserved)}</Td>
            <Td className="text-end tabular-nums">{count(row.threshold)}</Td>
            <Td>
              <ul className="text-xs">
                {row.batches
                  .filter((batch) => batch.onHand > 0)
                  .map((batch) => (
                    <li key={batch.expiresOn ?? 'none'}>
                      {batch.expiresOn
                        ? t('batchOf', { date: dayLabel(batch.expiresOn, locale) })
                        : t('noExpiry')}
                      : {batch.onHand}
                    </li>
                  ))}
              </ul>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
