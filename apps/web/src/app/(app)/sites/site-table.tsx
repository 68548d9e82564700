import type { SiteEvictionStats, siteSummarySchema } from '@vigil/contracts';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { SiteStatusBadge } from '@/components/sites/site-badges';
import { Table, Td, Th } from '@/components/ui/table';
import { intervalLabel } from '@/lib/evictions/intervals';

type SiteSummary = z.output<typeof siteSummarySchema>;

/** One row per site; the eviction columns only for readers of evictions (`evictions` not null). */
export async function SiteTable({
  sites,
  evictions,
}: {
  sites: SiteSummary[];
  evictions: Map<string, SiteEvictionStats> | null;
}) {
  const t = await getTranslations('sites');
  const te = await getTranslations('siteEnums');
  const format = await getFormatter();
  const day = (at: Date) => format.dateTime(at, { dateStyle: 'medium' });
  if (sites.length === 0) return <p className="text-ink-soft">{t('noResults')}</p>;
  return (
    <Table caption={t('caption')}>
      <thead>
        <tr>
          <Th>{t('name')}</Th>
          <Th>{t('type')}</Th>
          <Th>{t('place')}</Th>
          <Th>{t('status')}</Th>
          <Th>{t('population')}</Th>
          {evictions ? <Th>{t('lastEviction')}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {sites.map((site) => {
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
