import { can, evictionFilterSchema, incidentFilterSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FilterChips } from '@/components/incidents/filter-chips';
import { IncidentFilterForm } from '@/components/incidents/filter-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import {
  dossierEvictionParams,
  dossierEvictionQuery,
  readDossierEvictions,
} from '@/lib/evictions/dossier-evictions';
import { evictionFilter } from '@/lib/evictions/filter-query';
import { fetchEvictionStats } from '@/lib/evictions/stats';
import { paramsToSearch } from '@/lib/filters/query-filter';
import { filterToQuery, filterToRecord, readFilter, type SearchParams } from '@/lib/incidents/filter-query';
import { fetchSites, siteOptions, withSiteLabels } from '@/lib/incidents/sites';
import { fetchStats } from '@/lib/incidents/stats';
import { labelMap } from '@/lib/incidents/terms';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import { listDossiersAction } from './actions';
import { DossierBuilder } from './dossier-builder';
import { DossierEvictionsForm } from './dossier-evictions';
import { DossierPreview } from './dossier-preview';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dossier');
  return { title: t('title') };
}

export default async function DossierPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('reports.export');
  const t = await getTranslations('dossier');
  const te = await getTranslations('dossierEvictions');
  const params = await searchParams;
  const filter = readFilter(params);
  const query = filterToQuery(filter);
  const valid = incidentFilterSchema.safeParse(filterToRecord(filter)).success;
  const evictions = readDossierEvictions(params);
  const evictionQuery = valid ? dossierEvictionQuery(filter, evictions) : null;
  const evictionRecord =
    evictionQuery === null
      ? null
      : evictionFilter.toRecord(evictionFilter.read(paramsToSearch(new URLSearchParams(evictionQuery))));
  const evictionsValid = evictionRecord !== null && evictionFilterSchema.safeParse(evictionRecord).success;
  const [vocabulary, sites, { stats }, dossiers, evictionStats] = await Promise.all([
    getVocabulary(),
    fetchSites(),
    valid ? fetchStats(filterToRecord(filter)) : Promise.resolve({ stats: null }),
    listDossiersAction(),
    evictionRecord && evictionsValid && can(me.user.role, 'evictions.read')
      ? fetchEvictionStats(evictionRecord, { timelineLimit: 0, recentIntervals: 0 })
      : null,
  ]);
  const keep = dossierEvictionParams(evictions);
  const incidentParams = [...new URLSearchParams(query)];
  const total = stats ? stats.total + (evictionStats?.total ?? 0) : null;

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
          hidden={keep}
        />
        <FilterChips
          filter={filter}
          labels={withSiteLabels(labelMap(vocabulary), stats, sites)}
          basePath="/incidents/dossier"
          keep={keep}
        />
        {!valid ? <Alert tone="error">{t('badFilter')}</Alert> : null}
        <Card title={t('previewTitle')} description={t('previewIntro')}>
          {stats ? <DossierPreview stats={stats} /> : <Alert tone="warning">{t('previewUnavailable')}</Alert>}
        </Card>
        {can(me.user.role, 'evictions.read') ? (
          <Card title={te('title')} description={te('intro')}>
            <DossierEvictionsForm choice={evictions} incidentParams={incidentParams} stats={evictionStats} />
          </Card>
        ) : null}
        <Card title={t('generateTitle')}>
          <DossierBuilder
            query={query}
            evictionQuery={evictionsValid ? evictionQuery : null}
            total={total}
            canIncludeIdentities={can(me.user.role, 'reports.export_identities')}
            initialDossiers={dossiers}
          />
        </Card>
      </div>
    </>
  );
}
