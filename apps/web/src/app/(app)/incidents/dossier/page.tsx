import { can, incidentFilterSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FilterChips } from '@/components/incidents/filter-chips';
import { IncidentFilterForm } from '@/components/incidents/filter-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { filterToQuery, filterToRecord, readFilter, type SearchParams } from '@/lib/incidents/filter-query';
import { fetchSites, siteOptions, withSiteLabels } from '@/lib/incidents/sites';
import { fetchStats } from '@/lib/incidents/stats';
import { labelMap } from '@/lib/incidents/terms';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import { listDossiersAction } from './actions';
import { DossierBuilder } from './dossier-builder';
import { DossierPreview } from './dossier-preview';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dossier');
  return { title: t('title') };
}

export default async function DossierPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('reports.export');
  const t = await getTranslations('dossier');
  const filter = readFilter(await searchParams);
  const query = filterToQuery(filter);
  const valid = incidentFilterSchema.safeParse(filterToRecord(filter)).success;
  const [vocabulary, sites, { stats }, dossiers] = await Promise.all([
    getVocabulary(),
    fetchSites(),
    valid ? fetchStats(filterToRecord(filter)) : Promise.resolve({ stats: null }),
    listDossiersAction(),
  ]);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={<ButtonLink href={`/incidents${query ? `?${query}` : ''}`}>{t('backToList')}</ButtonLink>}
      />
      <div className="flex flex-col gap-4">
        <IncidentFilterForm
          filter={filter}
          vocabulary={vocabulary}
          sites={siteOptions(stats, filter, sites)}
          action="/incidents/dossier"
        />
        <FilterChips
          filter={filter}
          labels={withSiteLabels(labelMap(vocabulary), stats, sites)}
          basePath="/incidents/dossier"
        />
        {!valid ? <Alert tone="error">{t('badFilter')}</Alert> : null}
        <Card title={t('previewTitle')} description={t('previewIntro')}>
          {stats ? <DossierPreview stats={stats} /> : <Alert tone="warning">{t('previewUnavailable')}</Alert>}
        </Card>
        <Card title={t('generateTitle')}>
          <DossierBuilder
            query={query}
            total={stats?.total ?? null}
            canIncludeIdentities={can(me.user.role, 'reports.export_identities')}
            initialDossiers={dossiers}
          />
        </Card>
      </div>
    </>
  );
}
