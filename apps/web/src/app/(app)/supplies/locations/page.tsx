import { can, stockLocationListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { setLocationActiveAction } from './actions';
import { LocationForm } from '@/components/supplies/location-form';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { PageHeader } from '@/components/ui/page-header';
import { Table, Td, Th } from '@/components/ui/table';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchSites } from '@/lib/incidents/sites';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesLocations');
  return { title: t('title') };
}

/** Warehouses, vans and distribution points: added and closed by those who run the stock. */
export default async function LocationsPage() {
  const me = await requirePermission('supplies.read');
  const t = await getTranslations('suppliesLocations');
  const te = await getTranslations('suppliesEnums');
  const canEdit = can(me.user.role, 'supplies.stocktake');
  const [{ locations }, sites] = await Promise.all([
    api('/api/supplies/locations', {
      schema: stockLocationListResponseSchema,
      query: { includeInactive: 'true' },
      context: 'page',
    }),
    canEdit ? fetchSites() : null,
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <SuppliesNav role={me.user.role} current="locations" />
      <div className="flex flex-col gap-4">
        <Table caption={t('caption')}>
          <thead>
            <tr>
              <Th>{t('name')}</Th>
              <Th>{t('kind')}</Th>
              <Th>{t('site')}</Th>
              <Th>{t('status')}</Th>
              {canEdit ? (
                <Th>
                  <span className="sr-only">{t('actions')}</span>
                </Th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {locations.map((location) => (
              <tr key={location.id} data-testid="location" data-name={location.name}>
                <Td>
                  <Link
                    prefetch={false}
                    href={`/supplies?locationId=${location.id}`}
                    className="font-semibold text-brand underline"
                  >
                    {location.name}
                  </Link>
                  {location.notes ? (
                    <span className="block text-xs text-ink-soft" dir="auto">
                      {location.notes}
                    </span>
                  ) : null}
                </Td>
                <Td>{te(`locationKind.${location.kind}`)}</Td>
                <Td>{location.site ? `${location.site.name} (${location.site.commune})` : '—'}</Td>
                <Td>
                  <Badge tone={location.active ? 'success' : 'neutral'}>
                    {location.active ? t('open') : t('closed')}
                  </Badge>
                </Td>
                {canEdit ? (
                  <Td>
                    <ConfirmAction
                      action={setLocationActiveAction}
                      triggerLabel={location.active ? t('close') : t('reopen')}
                      title={location.active ? t('close') : t('reopen')}
                      body={
                        location.active
                          ? t('closeBody', { name: location.name })
                          : t('reopenBody', { name: location.name })
                      }
                      confirmLabel={location.active ? t('close') : t('reopen')}
                      hiddenFields={{ locationId: location.id, active: String(!location.active) }}
                    />
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
        {canEdit ? (
          <Card title={t('newTitle')}>
            <LocationForm sites={sites} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
