import { can, caseListQuerySchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseFilters } from '@/components/cases/case-filters';
import { CaseList } from '@/components/cases/case-list';
import { CaseSort } from '@/components/cases/case-sort';
import { CasesNav } from '@/components/cases/cases-nav';
import { ScopeTabs } from '@/components/cases/scope-tabs';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchCasePage } from '@/lib/cases/fetch';
import { caseFilter, caseListQuery, isAllScope, scopeHref } from '@/lib/cases/list-filter';
import type { SearchParams } from '@/lib/filters/query-filter';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cases');
  return { title: t('title') };
}

/** "My cases" for everyone with casework; "All cases" beside it for coordinators. */
export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('cases.read');
  const t = await getTranslations('cases');
  const role = me.user.role;
  const canSeeAll = can(role, 'cases.manage_all');
  const filter = caseFilter.read(await searchParams);
  const all = isAllScope(filter, canSeeAll);
  const query = caseListQuery(filter, canSeeAll);
  const page = caseListQuerySchema.safeParse(query).success ? await fetchCasePage(query, 'page') : null;
  // The filter and the order: "load more" asks for the next page of the same order.
  const listKey = caseFilter.toQuery(filter, { sort: true });

  return (
    <>
      <PageHeader
        title={all ? t('allTitle') : t('title')}
        description={t('intro')}
        actions={
          can(role, 'cases.write') ? (
            <ButtonLink href="/cases/new" variant="primary" testId="new-case">
              {t('new')}
            </ButtonLink>
          ) : null
        }
      />
      <CasesNav role={role} current="list" />
      <div className="flex flex-col gap-4">
        {canSeeAll ? (
          <ScopeTabs
            label={t('scopeLabel')}
            current={all ? 'all' : 'mine'}
            tabs={{
              mine: { href: scopeHref('mine'), text: t('mine') },
              all: { href: scopeHref('all'), text: t('all') },
            }}
          />
        ) : null}
        <CaseFilters filter={filter} allScope={all} />
        <CaseSort filter={filter} />
        {page === null ? (
          <Alert tone="error">{t('badFilter')}</Alert>
        ) : (
          <CaseList key={listKey} initialRows={page.rows} initialCursor={page.nextCursor} query={listKey} />
        )}
      </div>
    </>
  );
}
