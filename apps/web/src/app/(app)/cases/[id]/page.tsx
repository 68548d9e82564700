import {
  can,
  caseDocumentListResponseSchema,
  caseHistoryResponseSchema,
  deadlineListResponseSchema,
  noteListResponseSchema,
  partnerListResponseSchema,
  personResponseSchema,
  uuidSchema,
} from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AssignmentsForm, LawyerForm } from '@/components/cases/assignment-forms';
import { CaseFacts } from '@/components/cases/case-facts';
import { CaseHistory } from '@/components/cases/case-history';
import { CaseTexts } from '@/components/cases/case-texts';
import { CasesNav } from '@/components/cases/cases-nav';
import { DeadlinesPanel } from '@/components/cases/deadlines-panel';
import { DocumentsPanel } from '@/components/cases/documents-panel';
import { FlagsPanel } from '@/components/cases/flags-panel';
import { NotesPanel } from '@/components/cases/notes-panel';
import { ReferralsPanel } from '@/components/cases/referrals-panel';
import { StatusForm } from '@/components/cases/status-form';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PrintButton } from '@/components/ui/print-button';
import { PrintHeader } from '@/components/ui/print-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchCase, fetchStaff } from '@/lib/cases/fetch';
import { optional } from '@/lib/supplies/fetch';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations('caseDetail');
  const { id } = await params;
  // The reference only: an alias in a browser tab or history is more than a title needs.
  const record = uuidSchema.safeParse(id).success ? await optional(() => fetchCase(id)) : null;
  return { title: record ? t('titleWithReference', { reference: record.reference }) : t('title') };
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('cases.read');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations('caseDetail');
  const te = await getTranslations('caseEnums');
  const record = await fetchCase(id);
  const role = me.user.role;
  const coordinator = can(role, 'cases.manage_all');
  const canWrite = can(role, 'cases.write') && !record.erased;
  const [deadlines, notes, documents, history, partners, person, staff] = await Promise.all([
    optional(
      async () => (await api(`/api/cases/${id}/deadlines`, { schema: deadlineListResponseSchema })).deadlines,
    ),
    record.canReadPersonal
      ? optional(async () => (await api(`/api/cases/${id}/notes`, { schema: noteListResponseSchema })).notes)
      : null,
    record.canReadPersonal
      ? optional(
          async () =>
            (await api(`/api/cases/${id}/documents`, { schema: caseDocumentListResponseSchema })).documents,
        )
      : null,
    optional(
      async () => (await api(`/api/cases/${id}/history`, { schema: caseHistoryResponseSchema })).changes,
    ),
    canWrite
      ? optional(async () => (await api('/api/partners', { schema: partnerListResponseSchema })).partners)
      : null,
    optional(
      async () => (await api(`/api/people/${record.person.id}`, { schema: personResponseSchema })).person,
    ),
    coordinator ? fetchStaff() : null,
  ]);
  // Whoever is assigned stays listed (a coordinator, someone without other cases), so saving the
  // list never drops them unasked.
  const listed = (staff ?? []).filter((member) => member.role === 'caseworker');
  const caseworkers = [
    ...record.assignees.filter((user) => !listed.some((member) => member.id === user.id)),
    ...listed,
  ];
  const lawyers = (staff ?? []).filter((member) => member.role === 'lawyer');

  return (
    <div data-print-record className="flex flex-col gap-6">
      <PrintHeader reference={record.reference} />
      <div>
        <PageHeader
          title={
            <>
              <span dir="ltr">{record.reference}</span> · {te(`type.${record.type}`)}
            </>
          }
          actions={
            <span className="flex flex-wrap gap-2 print:hidden">
              <PrintButton label={t('print')} testId="print-case" />
              <ButtonLink href="/cases">{t('back')}</ButtonLink>
            </span>
          }
        />
        <CasesNav role={role} current={null} />
      </div>
      <CaseFacts record={record} />
      {record.erased ? <p className="text-ink-soft">{t('erased')}</p> : null}
      {canWrite ? (
        <StatusForm
          caseId={record.id}
          version={record.version}
          status={record.status}
          outcome={record.outcome}
          waitingOn={record.waitingOn}
        />
      ) : null}
      <CaseTexts record={record} canWrite={canWrite} />
      <DeadlinesPanel
        caseId={record.id}
        deadlines={deadlines}
        assignees={record.assignees}
        canWrite={canWrite}
        now={new Date()}
      />
      <NotesPanel caseId={record.id} notes={notes} canWrite={canWrite && record.canReadPersonal} />
      <DocumentsPanel
        caseId={record.id}
        documents={documents}
        canWrite={canWrite}
        consentCovers={person ? person.consentScopes.includes('store_documents') : null}
      />
      <FlagsPanel record={record} canWrite={canWrite} />
      <ReferralsPanel
        record={record}
        partners={partners?.filter((partner) => partner.active) ?? null}
        consentCovers={person ? person.consentScopes.includes('share_with_partners') : null}
        canWrite={canWrite}
      />
      {coordinator && canWrite ? (
        <Card title={t('teamTitle')} className="print:hidden">
          <div className="flex flex-col gap-3">
            <AssignmentsForm
              caseId={record.id}
              version={record.version}
              assigned={record.assignees.map((user) => user.id)}
              caseworkers={caseworkers}
            />
            {lawyers.length > 0 ? (
              <LawyerForm
                caseId={record.id}
                version={record.version}
                lawyerId={record.lawyer?.id ?? null}
                lawyers={lawyers}
              />
            ) : null}
          </div>
        </Card>
      ) : null}
      <Card title={t('historyTitle')} className="print:hidden">
        <CaseHistory changes={history} />
      </Card>
    </div>
  );
}
