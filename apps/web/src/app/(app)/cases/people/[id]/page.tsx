import {
  accessGrantListResponseSchema,
  can,
  incidentVictimCandidatesResponseSchema,
  personIncidentLinksResponseSchema,
  personAccessLogResponseSchema,
  uuidSchema,
} from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AccessLog } from '@/components/cases/access-log';
import { CasesNav } from '@/components/cases/cases-nav';
import { ConsentsPanel } from '@/components/cases/consents-panel';
import { ForgetPerson } from '@/components/cases/forget-person';
import { GrantsPanel } from '@/components/cases/grants-panel';
import { IncidentLinksPanel } from '@/components/cases/incident-links-panel';
import { PersonEditForm } from '@/components/cases/person-edit-form';
import { PersonFacts } from '@/components/cases/person-facts';
import { PersonalReveal } from '@/components/cases/personal-reveal';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FoldMarker } from '@/components/ui/fold-marker';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchPerson, fetchStaff } from '@/lib/cases/fetch';
import type { SearchParams } from '@/lib/filters/query-filter';
import { optional } from '@/lib/supplies/fetch';
import { param } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('casePerson');
  return { title: t('title') };
}

/**
 * A person: alias and coded fields for every reader of their cases; personal details behind an
 * audited reveal; consents; for coordinators the access list and "forget this person"; and who
 * accessed the record.
 */
export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const me = await requirePermission('cases.read');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const query = await searchParams;
  const cursor = param(query, 'accessCursor');
  const linkReference = param(query, 'linkReference')?.trim();
  const t = await getTranslations('casePerson');
  const person = await fetchPerson(id);
  const role = me.user.role;
  const coordinator = can(role, 'cases.manage_all');
  const canWrite = can(role, 'cases.write') && !person.erased;
  const sensitive = person.sensitivity.length > 0;
  // Incident links need incident access as well as the person (caseworkers have none).
  const incidents = can(role, 'incidents.read');
  const [log, grants, staff, links, candidates] = await Promise.all([
    optional(() =>
      api(`/api/people/${id}/access-log`, { schema: personAccessLogResponseSchema, query: { cursor } }),
    ),
    coordinator && sensitive
      ? optional(
          async () =>
            (await api(`/api/people/${id}/grants`, { schema: accessGrantListResponseSchema })).grants,
        )
      : null,
    coordinator && sensitive ? fetchStaff() : null,
    incidents
      ? optional(
          async () =>
            (await api(`/api/people/${id}/incident-links`, { schema: personIncidentLinksResponseSchema })).links,
        )
      : null,
    incidents && canWrite && linkReference
      ? optional(() =>
          api(`/api/people/${id}/incident-links/candidates`, {
            schema: incidentVictimCandidatesResponseSchema,
            query: { reference: linkReference },
          }),
        )
      : null,
  ]);
  const olderHref = log?.nextCursor
    ? `/cases/people/${id}?accessCursor=${encodeURIComponent(log.nextCursor)}#access`
    : null;

  return (
    <>
      <PageHeader
        title={<span dir="auto">{person.alias}</span>}
        description={t('intro')}
        actions={
          canWrite ? (
            <ButtonLink href={`/cases/new?personId=${person.id}`} variant="primary">
              {t('openCase')}
            </ButtonLink>
          ) : null
        }
      />
      <CasesNav role={role} current={null} />
      <div className="flex flex-col gap-6">
        {person.erased ? (
          <Alert tone="info" testId="person-erased">
            {t('erased')}
          </Alert>
        ) : null}
        <PersonFacts person={person} />
        {canWrite ? (
          <details className="group rounded-lg border border-line bg-surface p-4">
            <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
              <FoldMarker />
              {t('editFacts')}
            </summary>
            <PersonEditForm
              key={person.version}
              person={{
                id: person.id,
                version: person.version,
                alias: person.alias,
                ageRange: person.ageRange,
                gender: person.gender,
                nationality: person.nationality,
                languages: person.languages,
                sensitivity: person.sensitivity,
              }}
            />
          </details>
        ) : null}
        <Card title={t('personalTitle')}>
          {person.erased ? null : person.canReadPersonal ? (
            <PersonalReveal
              personId={person.id}
              version={person.version}
              fieldsSet={person.personalFieldsSet}
              canWrite={canWrite}
            />
          ) : (
            <Alert tone="info" testId="personal-restricted">
              {sensitive ? t('restrictedSensitive') : t('restricted')}
            </Alert>
          )}
        </Card>
        <ConsentsPanel person={person} canWrite={canWrite} />
        {coordinator && sensitive ? (
          <GrantsPanel personId={person.id} grants={grants} members={staff ?? []} />
        ) : null}
        {incidents ? (
          <section id="incident-links">
            <IncidentLinksPanel
              personId={person.id}
              alias={person.alias}
              links={links}
              lookup={linkReference ? { reference: linkReference, found: candidates } : null}
              canWrite={canWrite}
            />
          </section>
        ) : null}
        <section id="access">
          <Card title={t('accessTitle')} description={t('accessIntro')}>
            <AccessLog events={log?.events ?? null} olderHref={olderHref} />
          </Card>
        </section>
        {coordinator && !person.erased ? (
          <Card title={t('forgetSection')}>
            <ForgetPerson personId={person.id} alias={person.alias} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
