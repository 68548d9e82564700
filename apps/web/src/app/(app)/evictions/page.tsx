import { can, evictionListQuerySchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { EvictionFilterChips } from '@/components/evictions/filter-chips';
import { EvictionFilterForm } from '@/components/evictions/filter-form';
import { UnsentNotice } from '@/components/evictions/unsent-notice';
import { Alert } from '@/components/ui/alert';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { dossierHref } from '@/lib/evictions/dossier-evictions';
import { exportLanguageOf, withExportLanguage } from '@/lib/export-language';
import { evictionFilterOptions } from '@/lib/evictions/filter-options';
import { evictionFilter, EVICTION_PAGE_SIZE } from '@/lib/evictions/filter-query';
import { fetchEvictionPage } from '@/lib/evictions/rows';
import type { SearchParams } from '@/lib/filters/query-filter';
import { startSortLink } from '@/lib/tables/sort';
import { EvictionTable } from './eviction-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evictions');
  return { title: t('title') };
}

export default async function EvictionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('evictions.read');
  const t = await getTranslations('evictions');
  const filter = evictionFilter.read(await searchParams);
  const filterQuery = evictionFilter.toQuery(filter);
  const query = { ...evictionFilter.toRecord(filter), sort: filter.sort, limit: EVICTION_PAGE_SIZE };
  const valid = evictionListQuerySchema.safeParse(query).success;
  const [options, page] = await Promise.all([
    evictionFilterOptions(filter),
    valid ? fetchEvictionPage(query, 'page') : Promise.resolve(null),
  ]);
  const role = me.user.role;
  const suffix = filterQuery ? `?${filterQuery}` : '';
  // Exports in the reader's language where the API writes it (French), English otherwise.
  const exportSuffix = withExportLanguage(filterQuery, exportLanguageOf(await getLocale()));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <>
            {can(role, 'evictions.write') ? (
              <ButtonLink href="/evictions/new" variant="primary">
                {t('new')}
              </ButtonLink>
            ) : null}
            <ButtonLink href={`/evictions/patterns${suffix}`}>{t('toPatterns')}</ButtonLink>
            {can(role, 'reports.export') ? (
              <>
                <ButtonLink href={dossierHref(filter)}>{t('toDossier')}</ButtonLink>
                <a
                  href={`/api/evictions/export/csv${exportSuffix}`}
                  className={buttonClasses('secondary')}
                  download
                  data-testid="eviction-export-csv"
                >
                  {t('exportCsv')}
                </a>
                <a
                  href={`/api/evictions/export/json${suffix}`}
                  className={buttonClasses('secondary')}
                  download
                >
                  {t('exportJson')}
                </a>
              </>
            ) : null}
          </>
        }
      />
      <div className="flex flex-col gap-4">
        {can(role, 'evictions.write') ? <UnsentNotice /> : null}
        <EvictionFilterForm
          filter={filter}
          sites={options.sites}
          forces={options.forces}
          action="/evictions"
        />
        <EvictionFilterChips filter={filter} labels={options.labels} basePath="/evictions" />
        {page === null ? (
          <Alert tone="error">{t('badFilter')}</Alert>
        ) : (
          <EvictionTable
            key={evictionFilter.toQuery(filter, { sort: true })}
            initialRows={page.rows}
            initialCursor={page.nextCursor}
            query={evictionFilter.toQuery(filter, { sort: true })}
            dateSort={startSortLink('/evictions', filter, evictionFilter.toQuery)}
          />
        )}
      </div>
    </>
  );
}
