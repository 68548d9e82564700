import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StocktakeFlow } from '@/components/supplies/stocktake-flow';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Select } from '@/components/ui/select';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchItemStock, fetchLocations, findLocation, stockAtLocation } from '@/lib/supplies/fetch';
import { uuidParam } from '@/lib/supplies/params';
import { sheetLine, type SheetLine } from '@/lib/supplies/stocktake';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesStocktake');
  return { title: t('title') };
}

/**
 * The sheet for a location: one row per item held there, and per expiry batch for items that track
 * expiry (their batches read from the item's stock).
 */
async function sheetFor(locationId: string): Promise<SheetLine[]> {
  const rows = await stockAtLocation(locationId);
  const sheets = await Promise.all(
    rows.map(async (row) => {
      if (!row.nextExpiry) return [sheetLine(row.item, null)];
      const stock = await fetchItemStock(row.item.id);
      const here = stock.locations.find((entry) => entry.location.id === locationId);
      const batches = (here?.batches ?? []).filter((batch) => batch.onHand > 0);
      return batches.map((batch) => sheetLine(stock.item, batch.expiresOn));
    }),
  );
  return sheets.flat();
}

export default async function StocktakePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('supplies.stocktake');
  const t = await getTranslations('suppliesStocktake');
  const locations = await fetchLocations();
  const location = findLocation(locations, uuidParam(await searchParams, 'locationId'));
  return (
    <>
      <PageHeader
        title={location ? t('titleAt', { location: location.name }) : t('title')}
        description={t('intro')}
      />
      {location ? (
        <StocktakeFlow
          key={location.id}
          location={{ id: location.id, name: location.name, kind: location.kind }}
          initialSheet={await sheetFor(location.id)}
        />
      ) : (
        <Card title={t('chooseTitle')}>
          <form
            method="get"
            action="/supplies/stocktake"
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
          >
            <div className="flex-1">
              <Select
                name="locationId"
                id="stocktake-location"
                label={t('location')}
                options={locations.map((entry) => ({ value: entry.id, label: entry.name }))}
              />
            </div>
            <button type="submit" className={buttonClasses('primary')} data-testid="stocktake-start">
              {t('start')}
            </button>
          </form>
        </Card>
      )}
    </>
  );
}
