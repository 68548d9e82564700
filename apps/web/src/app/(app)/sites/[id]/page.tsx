import { can, siteResponseSchema, uuidSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PopulationChart } from '@/components/sites/population-chart';
import { SiteStatusBadge } from '@/components/sites/site-badges';
import { SiteMap } from '@/components/sites/site-map';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { mapConfig, siteMarkers } from '@/lib/sites/map';
import { PopulationForm } from './population-form';
import { SiteEvictions } from './site-evictions';
import { SiteFacts } from './site-facts';
import { SiteIncidents } from './site-incidents';
import { StatusForm } from './status-form';
import { StatusHistory } from './status-history';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('siteDetail');
  return { title: t('title') };
}

/**
 * One site over time: status history, headcounts, legal situation, and — for readers of evictions
 * and incidents — what happened there. Volunteers see the commune and area, never the address.
 */
export default async function SitePage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('sites.read');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations('siteDetail');
  const te = await getTranslations('siteEnums');
  const { site } = await api(`/api/sites/${id}`, { schema: siteResponseSchema, context: 'page' });
  const role = me.user.role;
  const writes = can(role, 'sites.write');
  // Only coordinates the API sent (coordinators); no tile server configured → no map at all.
  const map = mapConfig();
  const markers = map ? siteMarkers([site]) : [];

  return (
    <>
      <PageHeader
        title={site.name}
        description={`${te(`type.${site.type}`)} · ${site.commune}${site.area ? ` · ${site.area}` : ''}`}
        actions={
          <>
            {writes ? (
              <ButtonLink href={`/sites/${site.id}/edit`} variant="primary" testId="edit-site">
                {t('edit')}
              </ButtonLink>
            ) : null}
            <ButtonLink href="/sites">{t('back')}</ButtonLink>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-center gap-2" data-testid="site-status">
          <SiteStatusBadge status={site.status} />
        </div>
        <SiteFacts site={site} />
        {map && markers.length > 0 ? <SiteMap config={map} markers={markers} label={t('mapLabel')} /> : null}
        <Card title={t('historyTitle')}>
          <div className="flex flex-col gap-4">
            <StatusHistory changes={site.statusLog} />
            {writes ? <StatusForm siteId={site.id} current={site.status} /> : null}
          </div>
        </Card>
        <Card title={t('populationTitle')}>
          <div className="flex flex-col gap-4">
            <PopulationChart snapshots={site.populations} />
            {writes ? <PopulationForm siteId={site.id} /> : null}
          </div>
        </Card>
        {can(role, 'evictions.read') ? (
          <SiteEvictions site={site} canRecord={can(role, 'evictions.write')} />
        ) : null}
        {can(role, 'incidents.read') ? <SiteIncidents site={site} /> : null}
      </div>
    </>
  );
}
