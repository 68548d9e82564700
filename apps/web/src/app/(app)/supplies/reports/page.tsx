import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LastsTable } from '@/components/supplies/lasts-table';
import { PoliceLossTotals } from '@/components/supplies/police-loss-totals';
import { ReportFilterForm } from '@/components/supplies/report-filter-form';
import { StackedBars } from '@/components/supplies/stacked-bars';
import { StockByLocation } from '@/components/supplies/stock-by-location';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import type { SupplyCategory, SupplySource } from '@vigil/contracts/enums';
import { optional } from '@/lib/supplies/fetch';
import { consumptionChart, monthlyChart, type ChartInput } from '@/lib/supplies/report-charts';
import { readReportFilter, reportFilterQuery, reportQuery } from '@/lib/supplies/report-filter';
import { toSearchParams } from '@/lib/supplies/params';
import { fetchReport } from '@/lib/supplies/reports';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesReports');
  return { title: t('title') };
}

/**
 * Supplies reports: what goes out each week and how long stock lasts at that rate, donations by
 * source, losses to police by month (a dossier figure), stock per location; each chart's figures as
 * a table and a CSV file.
 */
export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.read');
  const t = await getTranslations('suppliesReports');
  const te = await getTranslations('suppliesEnums');
  const format = await getFormatter();
  const params = await searchParams;
  const filter = readReportFilter(toSearchParams(params));
  const suffix = reportFilterQuery(filter);
  const [consumption, donations, losses, byLocation] = await Promise.all([
    optional(() => fetchReport('consumption', reportQuery(filter, 'consumption'))),
    optional(() => fetchReport('donations', reportQuery(filter, 'donations'))),
    optional(() => fetchReport('policeLosses', reportQuery(filter, 'policeLosses'))),
    optional(() => fetchReport('stockByLocation')),
  ]);
  const day = (date: string, long: boolean) =>
    format.dateTime(
      new Date(`${date}T00:00:00Z`),
      long ? { dateStyle: 'medium', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' },
    );
  const month = (value: string, long: boolean) =>
    format.dateTime(new Date(`${value}-01T00:00:00Z`), {
      month: long ? 'long' : 'short',
      year: long ? 'numeric' : '2-digit',
      timeZone: 'UTC',
    });
  const category = (id: string) => te(`category.${id as SupplyCategory}`);
  const chart = (input: ChartInput | null, caption: string, slug: string) =>
    input && input.columns.length > 0 ? (
      <StackedBars
        {...input}
        caption={caption}
        csvHref={`/supplies/reports/export/${slug}${suffix}`}
        testId={`chart-${slug}`}
      />
    ) : (
      <p className="text-sm text-ink-soft">{input ? t('empty') : t('unavailable')}</p>
    );

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <SuppliesNav role={me.user.role} current="reports" />
      <div className="flex flex-col gap-4">
        <ReportFilterForm filter={filter} />
        {!consumption && !donations && !losses ? <Alert tone="error">{t('unavailable')}</Alert> : null}
        <Card title={t('consumptionTitle')} description={t('consumptionIntro')}>
          {chart(
            consumption && consumptionChart(consumption, { week: day, category }),
            t('consumptionCaption'),
            'consumption',
          )}
          {consumption ? (
            <div className="mt-4">
              <LastsTable report={consumption} />
            </div>
          ) : null}
        </Card>
        <Card title={t('donationsTitle')} description={t('donationsIntro')}>
          {chart(
            donations &&
              monthlyChart(donations.rows, (row) => row.source, {
                month,
                series: (id) => te(`source.${id as SupplySource}`),
              }),
            t('donationsCaption'),
            'donations',
          )}
        </Card>
        <Card title={t('lossesTitle')} description={t('lossesIntro')}>
          {losses ? <PoliceLossTotals report={losses} /> : null}
          <div className="mt-4">
            {chart(
              losses && monthlyChart(losses.rows, (row) => row.category, { month, series: category }),
              t('lossesCaption'),
              'police-losses',
            )}
          </div>
        </Card>
        <Card title={t('byLocationTitle')}>
          {byLocation ? (
            <StockByLocation report={byLocation} params={params} basePath="/supplies/reports" />
          ) : (
            <p className="text-sm text-ink-soft">{t('unavailable')}</p>
          )}
          <p className="mt-3">
            <a
              href="/supplies/reports/export/stock-by-location"
              download
              className="text-sm font-semibold text-brand underline"
            >
              {t('downloadCsv')}
            </a>
          </p>
        </Card>
      </div>
    </>
  );
}
