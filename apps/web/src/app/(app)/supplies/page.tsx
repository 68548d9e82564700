import { stockOverviewQuerySchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { ExpiringCard, LowStockCard } from '@/components/supplies/stock-alerts';
import { StockActions } from '@/components/supplies/stock-actions';
import { StockByLocation } from '@/components/supplies/stock-by-location';
import { StockFilterForm } from '@/components/supplies/stock-filter-form';
import { StockTable } from '@/components/supplies/stock-table';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { UnsentNotice } from '@/components/supplies/unsent-notice';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchLocations, findLocation, optional, stockPage } from '@/lib/supplies/fetch';
import { EXPIRING_DAYS, todayIn } from '@/lib/supplies/names';
import { itemNameSort } from '@/lib/supplies/catalogue-query';
import { STOCK_PAGE_SIZE, stockFilter, stockQuery } from '@/lib/supplies/overview-query';
import { keysetSortLink } from '@/lib/tables/sort';
import { fetchReport } from '@/lib/supplies/reports';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('supplies');
  return { title: t('title') };
}

/**
 * The stock overview: at one location ("stock at my location" on a volunteer's phone) or over all,
 * with what runs low and what expires soon beside it, and stock per location and category for
 * coordinators when no location is chosen.
 */
export default async function SuppliesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.read');
  const t = await getTranslations('supplies');
  const params = await searchParams;
  const filter = stockFilter.read(params);
  const { query, withEmpty } = stockQuery(filter, await getLocale());
  // The filter and the order: "load more" asks for the next page of the same order.
  const listQuery = stockFilter.toQuery(filter, { sort: true });
  const valid = stockOverviewQuerySchema.safeParse(query).success;
  const locationId = valid ? filter.single.locationId : undefined;
  const [locations, page, low, expiring, byLocation] = await Promise.all([
    fetchLocations(),
    valid ? stockPage(query, { withEmpty, size: STOCK_PAGE_SIZE, context: 'page' }) : null,
    optional(() => fetchReport('lowStock', { locationId })),
    optional(() => fetchReport('expiring', { days: EXPIRING_DAYS, locationId })),
    locationId ? null : optional(() => fetchReport('stockByLocation')),
  ]);
  const location = findLocation(locations, locationId);
  const today = todayIn(await getTimeZone());

  return (
    <>
      <PageHeader
        title={location ? t('titleAt', { location: location.name }) : t('title')}
        description={t('intro')}
      />
      <SuppliesNav role={me.user.role} current="stock" />
      <div className="flex flex-col gap-4">
        <UnsentNotice />
        <StockActions role={me.user.role} locationId={location?.id} />
        <StockFilterForm filter={filter} locations={locations} />
        <div className="grid gap-4 lg:grid-cols-2">
          <LowStockCard report={low} />
          <ExpiringCard report={expiring} days={EXPIRING_DAYS} />
        </div>
        {page === null ? (
          <Alert tone="error">{t('badFilter')}</Alert>
        ) : (
          <StockTable
            key={listQuery}
            initialRows={page.rows}
            initialCursor={page.nextCursor}
            query={listQuery}
            nameSort={keysetSortLink('/supplies', params, query.sort, itemNameSort(await getLocale()))}
            today={today}
          />
        )}
        {byLocation ? (
          <details className="rounded-lg border border-line bg-surface p-4" open>
            <summary className="min-h-11 cursor-pointer text-lg font-bold">{t('byLocationTitle')}</summary>
            <StockByLocation report={byLocation} params={params} basePath="/supplies" />
          </details>
        ) : null}
      </div>
    </>
  );
}
