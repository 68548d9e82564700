import { can, personResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CasesNav } from '@/components/cases/cases-nav';
import { NewCaseForm } from '@/components/cases/new-case-form';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchStaff } from '@/lib/cases/fetch';
import type { SearchParams } from '@/lib/filters/query-filter';
import { optional } from '@/lib/supplies/fetch';
import { param } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('caseNew');
  return { title: t('title') };
}

/** Opens a case; `?personId=` (from a person's page) starts with that person chosen. */
export default async function NewCasePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('cases.write');
  const t = await getTranslations('caseNew');
  const personId = param(await searchParams, 'personId');
  const [staff, person] = await Promise.all([
    can(me.user.role, 'cases.manage_all') ? fetchStaff() : null,
    // A person out of reach just leaves the picker empty.
    personId && isUuid(personId)
      ? optional(async () => (await api(`/api/people/${personId}`, { schema: personResponseSchema })).person)
      : null,
  ]);
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <CasesNav role={me.user.role} current={null} />
      <NewCaseForm
        staff={staff}
        initialPerson={person && !person.erased ? { id: person.id, alias: person.alias } : null}
      />
    </>
  );
}
