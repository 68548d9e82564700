import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { ReportOf } from '@/lib/supplies/reports';
import { itemName } from '@/lib/supplies/names';

/** Under this many days at the current rate, an item is flagged. */
const SOON = 14;
/** The soonest to run out; the rest are in the CSV. */
const SHOWN = 20;

/** "Lasts about N days at the current rate", the soonest to run out first. */
export async function LastsTable({ report }: { report: ReportOf<'consumption'> }) {
  const t = await getTranslations('suppliesReports');
  const format = await getFormatter();
  const locale = await getLocale();
  const all = [...report.rows].sort((a, b) => (a.lastsDays ?? Infinity) - (b.lastsDays ?? Infinity));
  const rows = all.slice(0, SHOWN);
  if (rows.length === 0) return <p className="text-sm text-ink-soft">{t('noConsumption')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <Table caption={t('lastsCaption')}>
        <thead>
          <tr>
            <Th>{t('item')}</Th>
            <Th className="text-end">{t('perDay')}</Th>
            <Th className="text-end">{t('available')}</Th>
            <Th>{t('lasts')}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.item.id} data-testid="lasts-row" data-code={row.item.code}>
              <Td>
                <Link
                  prefetch={false}
                  href={`/supplies/items/${row.item.id}`}
                  className="text-brand underline"
                >
                  {itemName(row.item, locale)}
                </Link>
              </Td>
              <Td className="text-end tabular-nums">
                {format.number(row.dailyRate, { maximumFractionDigits: 1 })}
              </Td>
              <Td className="text-end tabular-nums">{format.number(row.available)}</Td>
              <Td>
                {row.lastsDays === null ? (
                  <span className="text-ink-soft">{t('notUsedLately')}</span>
                ) : (
                  <Badge tone={row.lastsDays < SOON ? 'danger' : 'neutral'}>
                    {t('lastsAbout', { days: row.lastsDays })}
                  </Badge>
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {all.length > SHOWN ? (
        <p className="text-sm text-ink-soft">{t('moreInCsv', { count: all.length - SHOWN })}</p>
      ) : null}
    </div>
  );
}
