import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { SortableTh } from '@/components/ui/sortable-th';
import { Table, Td, Th } from '@/components/ui/table';
import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import type { SearchParams } from '@/lib/filters/query-filter';
import type { ReportOf } from '@/lib/supplies/reports';
import { readSort, sortLinks, sortRows } from '@/lib/tables/sort';

const COLUMNS = ['location', ...SUPPLY_CATEGORIES] as const;

/**
 * Available stock per location (rows) and category (columns): where the tents are before winter.
 * Only categories held somewhere get a column; each location links to its own overview. The report
 * is small and whole, so its columns sort here (`?sort=&dir=` on the overview's URL).
 */
export async function StockByLocation({
  report,
  params,
  basePath,
}: {
  report: ReportOf<'stockByLocation'>;
  params: SearchParams;
  /** The page it is on, which its header links sort. */
  basePath: string;
}) {
  const t = await getTranslations('supplies');
  const te = await getTranslations('suppliesEnums');
  const locale = await getLocale();
  const categories = SUPPLY_CATEGORIES.filter((category) =>
    report.rows.some((row) => row.category === category && row.onHand > 0),
  );
  const cell = new Map(report.rows.map((row) => [`${row.location.id}|${row.category}`, row]));
  const sort = readSort(params, COLUMNS, { column: 'location', dir: 'asc' });
  const link = sortLinks(basePath, params, sort);
  const locations = sortRows(
    [...new Map(report.rows.map((row) => [row.location.id, row.location])).values()],
    (location) =>
      sort.column === 'location' ? location.name : cell.get(`${location.id}|${sort.column}`)?.available,
    sort.dir,
    locale,
  );
  if (locations.length === 0) return <p className="text-sm text-ink-soft">{t('noStock')}</p>;
  return (
    <Table caption={t('byLocationCaption')}>
      <thead>
        <tr>
          <SortableTh label={t('location')} sort={link('location')} />
          {categories.map((category) => (
            <SortableTh
              key={category}
              className="text-end"
              label={te(`category.${category}`)}
              sort={link(category, 'desc')}
            />
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
