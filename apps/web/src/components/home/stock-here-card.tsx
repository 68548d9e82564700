import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Table, Td, Th } from '@/components/ui/table';
import { Empty, HomeCard, MoreLink, type Block } from './home-card';
import { ExpiringList, LowStockList } from './stock-lists';

/** Another location: a plain GET form, so it works before any script has loaded. */
function LocationSwitch({ block }: { block: Block<'stockHere'> }) {
  const t = useTranslations('home.stockHere');
  if (block.locations.length < 2) return null;
  return (
    <form method="get" action="/" className="flex flex-wrap items-end gap-2" data-testid="home-location-form">
      <label className="flex min-w-0 flex-col gap-1 text-sm font-semibold" htmlFor="home-location">
        {t('location')}
        <select
          id="home-location"
          name="locationId"
          defaultValue={block.location?.id}
          className="min-h-11 rounded-md border border-line-strong bg-surface px-3 text-base font-normal text-ink"
        >
          {block.locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary">
        {t('show')}
      </Button>
    </form>
  );
}

/** The volunteer's stock where they work: per category, what runs low, what expires soon. */
export function StockHereCard({ block }: { block: Block<'stockHere'> }) {
  const t = useTranslations('home.stockHere');
  const tc = useTranslations('suppliesEnums');
  const format = useFormatter();
  const location = block.location;
  return (
    <HomeCard
      id="stockHere"
      // Isolated: a Latin place name inside an Arabic or Persian sentence keeps its own direction.
      title={location ? t('title', { location: `\u2068${location.name}\u2069` }) : t('titleNone')}
      description={location ? t(`chosenBy.${block.chosenBy}`) : undefined}
      wide
      footer={
        location ? <MoreLink href={`/supplies?locationId=${location.id}`}>{t('seeStock')}</MoreLink> : null
      }
    >
      <LocationSwitch block={block} />
      {!location ? <Empty>{t('noLocation')}</Empty> : null}
      {location && block.categories.length === 0 ? <Empty>{t('empty')}</Empty> : null}
      {location ? (
        <div className="grid gap-3 md:grid-cols-2">
          <div className="flex flex-col gap-2">
            <LowStockList low={block.low} showLocation={false} />
          </div>
          <div className="flex flex-col gap-2">
            <ExpiringList expiring={block.expiring} days={block.expiringDays} showLocation={false} />
          </div>
        </div>
      ) : null}
      {location && block.categories.length > 0 ? (
        <Table caption={t('categoriesCaption')}>
          <thead>
            <tr>
              <Th>{t('category')}</Th>
              <Th>{t('items')}</Th>
              <Th>{t('available')}</Th>
            </tr>
          </thead>
          <tbody>
            {block.categories.map((row) => (
              <tr key={row.category}>
                <Th scope="row" className="bg-surface font-normal">
                  <Link
                    prefetch={false}
                    href={`/supplies?locationId=${location.id}&category=${row.category}`}
                    className="text-brand underline underline-offset-2"
                  >
                    {tc(`category.${row.category}`)}
                  </Link>
                </Th>
                <Td>{format.number(row.items)}</Td>
                <Td className="font-semibold">{format.number(row.available)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </HomeCard>
  );
}
