import { can, deadlineOverviewResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CasesNav } from '@/components/cases/cases-nav';
import { DeadlineOverview } from '@/components/cases/deadline-overview';
import { ScopeTabs } from '@/components/cases/scope-tabs';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { param } from '@/lib/supplies/params';

const DAYS = 7;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('caseDeadlines');
  return { title: t('title') };
}

/** Appeals are short and fatal when missed: what is overdue and what falls due this week. */
export default async function DeadlinesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('cases.read');
  const t = await getTranslations('caseDeadlines');
  const role = me.user.role;
  const canSeeAll = can(role, 'cases.manage_all');
  const scope = canSeeAll && param(await searchParams, 'scope') === 'all' ? 'all' : 'mine';
  const overview = await api('/api/casework/deadlines', {
    schema: deadlineOverviewResponseSchema,
    query: { scope, days: DAYS },
    context: 'page',
  });
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <CasesNav role={role} current="deadlines" />
      <div className="flex flex-col gap-4">
        {canSeeAll ? (
          <ScopeTabs
            label={t('scopeLabel')}
            current={scope}
            tabs={{
              mine: { href: '/cases/deadlines', text: t('mine') },
              all: { href: '/cases/deadlines?scope=all', text: t('all') },
            }}
          />
        ) : null}
        <DeadlineOverview overview={overview} days={DAYS} canWrite={can(role, 'cases.write')} />
      </div>
    </>
  );
}
