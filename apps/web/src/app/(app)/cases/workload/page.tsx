import { workloadResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CasesNav } from '@/components/cases/cases-nav';
import { HandoverForm } from '@/components/cases/handover-form';
import { WorkloadTable } from '@/components/cases/workload-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('caseWorkload');
  return { title: t('title') };
}

/** Coordinators: who carries which cases and deadlines, and handing a departing member's cases over. */
export default async function WorkloadPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('cases.manage_all');
  const t = await getTranslations('caseWorkload');
  const workload = await api('/api/casework/workload', { schema: workloadResponseSchema, context: 'page' });
  const members = workload.caseworkers
    .map(({ user, openCases }) => ({
      id: user.id,
      displayName: user.displayName,
      openCases,
      active: user.active,
    }))
    .sort((a, b) => Number(a.active) - Number(b.active) || a.displayName.localeCompare(b.displayName));
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <CasesNav role={me.user.role} current="workload" />
      <div className="flex flex-col gap-6">
        <WorkloadTable workload={workload} params={await searchParams} />
        <Card title={t('handoverTitle')} description={t('handoverIntro')} className="max-w-2xl">
          <HandoverForm
            members={members.map(({ id, displayName, openCases }) => ({ id, displayName, openCases }))}
          />
        </Card>
      </div>
    </>
  );
}
