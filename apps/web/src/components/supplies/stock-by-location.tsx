import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Table, Td, Th } from '@/components/ui/table';
import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import type { ReportOf } from '@/lib/supplies/reports';

/**
 * Available stock per location (rows) and category (columns): where the tents are before winter.
 * Only categories held somewhere get a column; each location links to its own overview.
 */
export async function StockByLocation({ report }: { report: ReportOf<'stockByLocation'> }) {
  const t = await getTranslations('supplies');
  const te = await getTranslations('suppliesEnums');
  const categories = SUPPLY_CATEGORIES.filter((category) =>
    report.rows.some((row) => row.category === category && row.onHand > 0),
  );
  const locations = [...new Map(report.rows.map((row) => [row.location.id, row.location])).values()].sort(
    (a, b) => a.name.localeCompare(b.name),
  );
  const cell = new Map(report.rows.map((row) => [`${row.location.id}|${row.category}`, row]));
  if (locations.length === 0) return <p className="text-sm text-ink-soft">{t('noStock')}</p>;
  return (
    <Table caption={t('byLocationCaption')}>
      <thead>
        <tr>
          <Th>{t('location')}</Th>
          {categories.map((category) => (
            <Th key={category} className="text-end">
              {te(`category.${category}`)}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {locations.map((location) => (
          <tr key={location.id} data-testid="location-row">
            <Th scope="row" className="bg-surface font-normal">
              <Link
                prefetch={false}
                href={`/supplies?locationId=${location.id}`}
                className="font-semibold text-brand underline"
              >
                {location.name}
              </Link>
              <span className="block text-xs text-ink-soft">{te(`locationKind.${location.kind}`)}</span>
            </Th>
            {categories.map((category) => {
              const row = cell.get(`${location.id}|${category}`);
              return (
                <Td key={category} className="text-end tabular-nums">
                  {row ? row.available : '—'}
                  {row && row.reserved > 0 ? (
                    <span className="block text-xs text-ink-soft">{t('reservedN', { n: row.reserved })}</span>
                  ) : null}
                </Td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
