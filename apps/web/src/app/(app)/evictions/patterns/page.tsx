import { evictionStatsQuerySchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { StackedMonthChart } from '@/components/charts/stacked-month-chart';
import { EvictionFilterChips } from '@/components/evictions/filter-chips';
import { EvictionFilterForm } from '@/components/evictions/filter-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { evictionChartData } from '@/lib/evictions/chart';
import { evictionFilterOptions } from '@/lib/evictions/filter-options';
import { evictionFilter } from '@/lib/evictions/filter-query';
import { patternGrid, type PatternTable as Table } from '@/lib/evictions/pattern-tables';
import { fetchEvictionStats } from '@/lib/evictions/stats';
import type { SearchParams } from '@/lib/filters/query-filter';
import { PatternHeadline } from './headline';
import { PatternTable } from './pattern-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evictionPatterns');
  return { title: t('title') };
}

/**
 * What the records show together, for lawyers and coordinators: evictions per month and per site,
 * how often each site is evicted, how often no legal basis is shown, what was destroyed, by whom.
 * Every table downloads as CSV with the same filter.
 */
export default async function PatternsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('evictions.read');
  const t = await getTranslations('evictionPatterns');
  const locale = await getLocale();
  const filter = evictionFilter.read(await searchParams);
  const record = evictionFilter.toRecord(filter);
  const query = evictionFilter.toQuery(filter);
  const valid = evictionStatsQuerySchema.safeParse(record).success;
  const [options, stats] = await Promise.all([
    evictionFilterOptions(filter),
    valid ? fetchEvictionStats(record, { timelineLimit: 0, recentIntervals: 0 }) : null,
  ]);
  const csv = (table: Table) => `/api/evictions/stats/${table}${query ? `?${query}` : ''}`;
  const chartKeys = ['empty', 'caption', 'legend', 'showTable', 'tableCaption', 'month', 'total'] as const;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={<ButtonLink href={`/evictions${query ? `?${query}` : ''}`}>{t('toList')}</ButtonLink>}
      />
      <div className="flex flex-col gap-4">
        <EvictionFilterForm
          filter={filter}
          sites={options.sites}
          forces={options.forces}
          action="/evictions/patterns"
          sort={false}
        />
        <EvictionFilterChips filter={filter} labels={options.labels} basePath="/evictions/patterns" />
        {!valid ? <Alert tone="error">{t('badFilter')}</Alert> : null}
        {valid && !stats ? <Alert tone="warning">{t('unavailable')}</Alert> : null}
        {stats ? (
          <>
            <Card>
              <PatternHeadline stats={stats} />
            </Card>
            <Card title={t('perMonth')}>
              <div className="flex flex-col gap-3">
                <StackedMonthChart
                  data={evictionChartData(stats, t('otherSites'))}
                  labels={
                    Object.fromEntries(chartKeys.map((key) => [key, t(`chart.${key}`)])) as Record<
                      (typeof chartKeys)[number],
                      string
                    >
                  }
                  testId="evictions-chart"
                />
                <p className="flex flex-wrap gap-4 text-sm">
                  <a
                    href={csv('months')}
                    download
                    className="font-semibold text-brand underline"
                    data-testid="months-csv"
                  >
                    {t('downloadMonths')}
                  </a>
                  <a href={csv('month-sites')} download className="font-semibold text-brand underline">
                    {t('downloadMonthSites')}
                  </a>
                </p>
              </div>
            </Card>
            <Card title={t('perSite')} description={t('perSiteIntro')}>
              <PatternTable
                grid={patternGrid(stats, 'sites', locale)}
                caption={t('perSite')}
                csvHref={csv('sites')}
                testId="pattern-sites"
              />
            </Card>
            <div className="grid gap-6 lg:grid-cols-2">
              <Card title={t('property')} description={t('propertyIntro')}>
                <PatternTable
                  grid={patternGrid(stats, 'property', locale)}
                  caption={t('property')}
                  csvHref={csv('property')}
                  testId="pattern-property"
                />
              </Card>
              <Card title={t('forces')} description={t('forcesIntro')}>
                <PatternTable
                  grid={patternGrid(stats, 'forces', locale)}
                  caption={t('forces')}
                  csvHref={csv('forces')}
                  testId="pattern-forces"
                />
              </Card>
            </div>
          </>
        ) : null}
      </div>
    </>
  );
}
