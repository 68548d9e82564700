import { can, ledgerResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ItemLocations } from '@/components/supplies/item-locations';
import { LedgerTable } from '@/components/supplies/ledger-table';
import { ThresholdForm } from '@/components/supplies/threshold-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchItemStock, fetchLocations } from '@/lib/supplies/fetch';
import { itemName } from '@/lib/supplies/names';
import { locationRefs, param } from '@/lib/supplies/params';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations('supplies');
  const { id } = await params;
  if (!isUuid(id)) return { title: t('title') };
  const stock = await fetchItemStock(id);
  return { title: itemName(stock.item, await getLocale()) };
}

/**
 * One item: where it is (per location and batch), its thresholds, and its ledger; administrators
 * change it from here.
 */
export default async function ItemPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.read');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('supplies');
  const tc = await getTranslations('suppliesCatalogue');
  const te = await getTranslations('suppliesEnums');
  const saved = param(await searchParams, 'saved');
  const locale = await getLocale();
  const [stock, ledger, locations] = await Promise.all([
    fetchItemStock(id),
    api('/api/supplies/movements', {
      schema: ledgerResponseSchema,
      query: { itemId: id, limit: 50 },
      context: 'page',
    }),
    fetchLocations(),
  ]);
  const { item, totals } = stock;
  const role = me.user.role;
  return (
    <>
      <PageHeader
        title={itemName(item, locale)}
        description={`${te(`category.${item.category}`)} · ${te(`unit.${item.unit}`)} · ${item.code}`}
        actions={
          <>
            {can(role, 'supplies.write') ? (
              <>
                <ButtonLink href={`/supplies/donations/new?itemId=${item.id}`} variant="primary">
                  {t('recordDonation')}
                </ButtonLink>
                <ButtonLink href={`/supplies/labels?itemId=${item.id}`}>{t('makeLabels')}</ButtonLink>
              </>
            ) : null}
            {can(role, 'vocabularies.manage') ? (
              <ButtonLink href={`/supplies/items/${item.id}/edit`} testId="edit-item">
                {t('editItem')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-4">
        {saved === 'created' || saved === 'updated' ? (
          <Alert tone="success" testId="item-saved">
            {tc(saved)}
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2" data-testid="item-facts">
          {item.gender ? <Badge>{te(`gender.${item.gender}`)}</Badge> : null}
          <Badge tone={item.priority === 'high' ? 'info' : 'neutral'}>
            {te(`priority.${item.priority}`)}
          </Badge>
          <Badge>{te(`season.${item.season}`)}</Badge>
          {item.tracksExpiry ? <Badge tone="warning">{t('tracksExpiry')}</Badge> : null}
          {!item.active ? <Badge tone="danger">{t('inactive')}</Badge> : null}
        </div>
        <dl className="grid grid-cols-3 gap-2 rounded-lg border border-line bg-surface p-4 text-center">
          {(['available', 'onHand', 'reserved'] as const).map((key) => (
            <div key={key}>
              <dt className="text-sm text-ink-soft">{t(key)}</dt>
              <dd className="text-2xl font-bold tabular-nums" data-testid={`total-${key}`}>
                {totals[key]}
              </dd>
            </div>
          ))}
        </dl>
        <Card title={t('whereTitle')}>
          <ItemLocations stock={stock} />
        </Card>
        {can(role, 'supplies.stocktake') ? (
          <Card title={t('thresholdsTitle')} description={t('thresholdsIntro')}>
            <ThresholdForm itemId={item.id} locations={locationRefs(locations)} current={stock.locations} />
          </Card>
        ) : null}
        <Card title={t('ledgerTitle')}>
          <LedgerTable
            initialRows={ledger.movements}
            initialCursor={ledger.nextCursor}
            filter={{ itemId: item.id }}
            show="location"
          />
        </Card>
      </div>
    </>
  );
}
