import { can, incidentListQuerySchema, incidentListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FilterChips } from '@/components/incidents/filter-chips';
import { IncidentFilterForm } from '@/components/incidents/filter-form';
import { IncidentsChart } from '@/components/incidents/incidents-chart';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import {
  filterToQuery,
  filterToRecord,
  PAGE_SIZE,
  readFilter,
  type SearchParams,
} from '@/lib/incidents/filter-query';
import { toRows } from '@/lib/incidents/rows';
import { fetchSites, siteOptions, withSiteLabels } from '@/lib/incidents/sites';
import { fetchStats } from '@/lib/incidents/stats';
import { labelMap } from '@/lib/incidents/terms';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import { startSortLink } from '@/lib/tables/sort';
import { IncidentTable } from './incident-table';
import { SavedFilters } from './saved-filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('incidents');
  return { title: t('title') };
}

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('incidents.read');
  const t = await getTranslations('incidents');
  const filter = readFilter(await searchParams);
  const filterQuery = filterToQuery(filter);
  const query = { ...filterToRecord(filter), sort: filter.sort, limit: PAGE_SIZE };
  const valid = incidentListQuerySchema.safeParse(query).success;
  const [vocabulary, sites] = await Promise.all([getVocabulary(), fetchSites()]);
  const [page, { stats }] = valid
    ? await Promise.all([
        api('/api/incidents', { schema: incidentListResponseSchema, query, context: 'page' }),
        fetchStats(filterToRecord(filter)),
      ])
    : [null, { stats: null }];
  const labels = withSiteLabels(labelMap(vocabulary), stats, sites);
  const role = me.user.role;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <>
            {can(role, 'incidents.write') ? (
              <ButtonLink href="/incidents/new" variant="primary">
                {t('new')}
              </ButtonLink>
            ) : null}
            {can(role, 'reports.export') ? (
              <ButtonLink href={`/incidents/dossier${filterQuery ? `?${filterQuery}` : ''}`}>
                {t('toDossier')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-4">
        <IncidentFilterForm
          filter={filter}
          vocabulary={vocabulary}
          sites={siteOptions(stats, filter, sites)}
          action="/incidents"
        />
        <FilterChips filter={filter} labels={labels} basePath="/incidents" />
        <SavedFilters query={valid ? filterQuery : ''} />
        {page === null ? (
          <Alert tone="error">{t('badFilter')}</Alert>
        ) : (
          <>
            {stats ? (
              <Card title={t('chartTitle', { count: stats.total })}>
                <IncidentsChart stats={stats} />
              </Card>
            ) : null}
            <IncidentTable
              key={filterToQuery(filter, { sort: true })}
              initialRows={await toRows(page.incidents, labelMap(vocabulary))}
              initialCursor={page.nextCursor}
              query={filterToQuery(filter, { sort: true })}
              dateSort={startSortLink('/incidents', filter, filterToQuery)}
            />
          </>
        )}
      </div>
    </>
  );
}
