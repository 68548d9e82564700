import { can, incidentHistoryResponseSchema, incidentResponseSchema, uuidSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EvidenceFiles } from '@/components/evidence/evidence-files';
import { Facts, Restricted } from '@/components/incidents/facts';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { placeLabel, whenLabel } from '@/lib/incidents/format';
import { VerificationBadge } from '../incident-badges';
import { IncidentHistory } from './incident-history';
import { IncidentParts } from './incident-parts';
import { ReviewForm } from './review-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('incidentDetail');
  return { title: t('title') };
}

export default async function IncidentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requirePermission('incidents.read');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const saved = (await searchParams).saved === '1';
  const t = await getTranslations('incidentDetail');
  const te = await getTranslations('incidentEnums');
  const tv = await getTranslations('evictionDetail');
  const format = await getFormatter();
  const [{ incident }, { revisions }] = await Promise.all([
    api(`/api/incidents/${id}`, { schema: incidentResponseSchema, context: 'page' }),
    api(`/api/incidents/${id}/history`, { schema: incidentHistoryResponseSchema, context: 'page' }),
  ]);
  const role = me.user.role;
  const isAuthor = incident.author.id === me.user.id;
  // The API lets the author or a coordinator (write + review) edit; others would get a 403.
  const canEdit = can(role, 'incidents.write') && (isAuthor || can(role, 'incidents.review'));
  const canReview = can(role, 'incidents.review') && !isAuthor && incident.status === 'submitted';
  const { place } = incident;
  const coordinates =
    place.latitude === undefined ? (
      <Restricted label={t('restricted')} />
    ) : place.latitude === null || place.longitude == null ? null : (
      <span dir="ltr">
        {place.latitude.toFixed(5)}, {place.longitude.toFixed(5)}
        {place.coordinatePrecisionM ? ` (± ${place.coordinatePrecisionM} m)` : ''}
      </span>
    );

  return (
    <>
      <PageHeader
        title={incident.title}
        description={<span dir="ltr">{incident.reference}</span>}
        actions={
          <>
            {canEdit ? (
              <ButtonLink href={`/incidents/${incident.id}/edit`} variant="primary">
                {t('edit')}
              </ButtonLink>
            ) : null}
            <ButtonLink href="/incidents">{t('back')}</ButtonLink>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {saved ? (
          <Alert tone="success" testId="saved">
            {t('saved')}
          </Alert>
        ) : null}
        <Card>
          <div className="mb-4 flex flex-wrap gap-2">
            <Badge tone={incident.status === 'draft' ? 'warning' : 'neutral'}>
              {te(`status.${incident.status}`)}
            </Badge>
            <VerificationBadge status={incident.verificationStatus} />
          </div>
          <Facts
            testId="incident-facts"
            items={[
              {
                label: t('when'),
                value: `${whenLabel(format, incident.startAt, incident.datePrecision)} (${te(`precision.${incident.datePrecision}`)})`,
              },
              {
                label: t('until'),
                value: incident.endAt
                  ? format.dateTime(incident.endAt, { dateStyle: 'medium', timeStyle: 'short' })
                  : null,
              },
              { label: t('place'), value: placeLabel(place) },
              { label: t('coordinates'), value: coordinates },
              ...(incident.evictionId
                ? [
                    {
                      label: tv('duringEviction'),
                      value: (
                        <Link
                          href={`/evictions/${incident.evictionId}`}
                          prefetch={false}
                          className="text-brand underline"
                        >
                          {tv('openEviction')}
                        </Link>
                      ),
                    },
                  ]
                : []),
              {
                label: t('source'),
                value: `${te(`source.${incident.sourceType}`)} · ${te(`reliability.${incident.sourceReliability}`)}`,
              },
              {
                label: t('author'),
                // <bdi>: a Latin name before a date would otherwise reorder the date in Arabic and Persian.
                value: (
                  <>
                    <bdi>{incident.author.displayName}</bdi> ·{' '}
                    {format.dateTime(incident.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </>
                ),
              },
              {
                label: t('reviewedBy'),
                value:
                  incident.reviewedBy && incident.reviewedAt
                    ? (
                        <>
                          <bdi>{incident.reviewedBy.displayName}</bdi> ·{' '}
                          {format.dateTime(incident.reviewedAt, { dateStyle: 'medium' })}
                        </>
                      )
                    : null,
              },
            ]}
          />
          {incident.narrative ? (
            <div className="mt-4">
              <h2 className="mb-1 font-bold">{t('narrative')}</h2>
              <p className="whitespace-pre-line" dir="auto">
                {incident.narrative}
              </p>
            </div>
          ) : null}
        </Card>
        <IncidentParts incident={incident} />
        <EvidenceFiles
          files={incident.files}
          uploadUrl={can(role, 'incidents.write') ? `/api/incidents/${incident.id}/files` : null}
          canReadOriginal={can(role, 'evidence.read_original')}
        />
        {canReview ? (
          <Card title={t('reviewTitle')} className="max-w-xl">
            <ReviewForm
              incidentId={incident.id}
              version={incident.version}
              current={incident.verificationStatus}
            />
          </Card>
        ) : null}
        <Card title={t('historyTitle')}>
          <IncidentHistory revisions={revisions} />
        </Card>
      </div>
    </>
  );
}
