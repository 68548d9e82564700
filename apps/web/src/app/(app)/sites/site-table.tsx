import type { SiteEvictionStats, siteSummarySchema } from '@vigil/contracts';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { SiteStatusBadge } from '@/components/sites/site-badges';
import { SortableTh } from '@/components/ui/sortable-th';
import { Table, Td } from '@/components/ui/table';
import { intervalLabel } from '@/lib/evictions/intervals';
import type { SearchParams } from '@/lib/filters/query-filter';
import { readSort, sortLinks, sortRows, type SortValue } from '@/lib/tables/sort';

type SiteSummary = z.output<typeof siteSummarySchema>;

const COLUMNS = ['name', 'type', 'place', 'status', 'population', 'lastEviction'] as const;

/**
 * One row per site; the eviction columns only for readers of evictions (`evictions` not null). The
 * registry comes whole from the API, so its columns sort here (`?sort=&dir=`), in the reader's language.
 */
export async function SiteTable({
  sites,
  evictions,
  params,
}: {
  sites: SiteSummary[];
  evictions: Map<string, SiteEvictionStats> | null;
  params: SearchParams;
}) {
  const t = await getTranslations('sites');
  const te = await getTranslations('siteEnums');
  const format = await getFormatter();
  const locale = await getLocale();
  const day = (at: Date) => format.dateTime(at, { dateStyle: 'medium' });
  if (sites.length === 0) return <p className="text-ink-soft">{t('noResults')}</p>;
  const sort = readSort(params, COLUMNS, { column: 'name', dir: 'asc' });
  const link = sortLinks('/sites', params, sort);
  const values: Record<(typeof COLUMNS)[number], (site: SiteSummary) => SortValue> = {
    name: (site) => site.name,
    type: (site) => te(`type.${site.type}`),
    place: (site) => [site.commune, site.area].filter(Boolean).join(' '),
    status: (site) => te(`status.${site.status}`),
    population: (site) => site.latestPopulation?.people,
    lastEviction: (site) => evictions?.get(site.id)?.lastAt,
  };
  const rows = sortRows(sites, values[sort.column], sort.dir, locale);
  return (
    <Table caption={t('caption')}>
      <thead>
        <tr>
          <SortableTh label={t('name')} sort={link('name')} />
          <SortableTh label={t('type')} sort={link('type')} />
          <SortableTh label={t('place')} sort={link('place')} />
          <SortableTh label={t('status')} sort={link('status')} />
          <SortableTh label={t('population')} sort={link('population', 'desc')} />
          {evictions ? <SortableTh label={t('lastEviction')} sort={link('lastEviction', 'desc')} /> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((site) => {
          const stats = evictions?.get(site.id);
          return (
            <tr key={site.id} data-testid="site-row" data-name={site.name}>
              <Td>
                <Link
                  prefetch={false}
                  href={`/sites/${site.id}`}
                  className="font-semibold text-brand underline underline-offset-2"
                >
                  {site.name}
                </Link>
                {site.aliases.length > 0 ? (
                  <div className="text-ink-soft">{t('aka', { aliases: site.aliases.join(', ') })}</div>
                ) : null}
              </Td>
              <Td>{te(`type.${site.type}`)}</Td>
              <Td>
                {site.commune}
                {site.area ? <div className="text-ink-soft">{site.area}</div> : null}
              </Td>
              <Td>
                <SiteStatusBadge status={site.status} />
              </Td>
              <Td className="whitespace-nowrap">
                {site.latestPopulation ? (
                  <>
                    <span className="tabular-nums">≈ {format.number(site.latestPopulation.people)}</span>
                    <div className="text-ink-soft">{day(site.latestPopulation.at)}</div>
                  </>
                ) : (
                  '—'
                )}
              </Td>
              {evictions ? (
                <Td className="whitespace-nowrap" data-testid="site-last-eviction">
                  {stats ? (
                    <>
                      {day(stats.lastAt)}
                      <div className="text-ink-soft">
                        {[
                          t('evictionCount', { count: stats.count }),
                          stats.intervals.medianHours !== null
                            ? t('every', {
                                interval: intervalLabel(format, stats.intervals.medianHours) ?? '',
                              })
                            : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </>
                  ) : (
                    '—'
                  )}
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
