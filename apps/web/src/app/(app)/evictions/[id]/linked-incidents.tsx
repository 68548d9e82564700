import { incidentListResponseSchema, type EvictionDetail } from '@vigil/contracts';
import Link from 'next/link';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { IncidentLinks } from '@/components/incidents/incident-links';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { api } from '@/lib/api/client';
import { toRows, type IncidentRow } from '@/lib/incidents/rows';
import { labelMap } from '@/lib/incidents/terms';
import { getVocabulary } from '@/lib/incidents/vocabulary';

const DAY_MS = 86_400_000;
const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * The incidents at the site around the eviction's time, as the list shows them (no record is opened,
 * so no read of witness contacts is logged), keeping those linked to this eviction.
 */
async function linkedRows(eviction: EvictionDetail): Promise<IncidentRow[]> {
  if (eviction.incidentIds.length === 0) return [];
  try {
    const start = +eviction.startAt;
    const end = eviction.endAt ? +eviction.endAt : start;
    const [{ incidents }, vocabulary] = await Promise.all([
      api('/api/incidents', {
        schema: incidentListResponseSchema,
        query: {
          siteId: eviction.site.id,
          from: isoDay(start - DAY_MS),
          to: isoDay(end + DAY_MS),
          limit: 200,
        },
      }),
      getVocabulary(),
    ]);
    const linked = incidents.filter((incident) => eviction.incidentIds.includes(incident.id));
    return toRows(linked, labelMap(vocabulary));
  } catch (error) {
    unstable_rethrow(error);
    return [];
  }
}

/** Violence during the eviction, each an incident of its own, and the way to record another. */
export async function LinkedIncidents({
  eviction,
  canRead,
  canWrite,
}: {
  eviction: EvictionDetail;
  canRead: boolean;
  canWrite: boolean;
}) {
  const t = await getTranslations('evictionDetail');
  const rows = canRead ? await linkedRows(eviction) : [];
  const found = new Set(rows.map((row) => row.id));
  return (
    <Card
      title={t('incidentsTitle')}
      description={t('incidentsIntro')}
      actions={
        canWrite ? (
          <ButtonLink href={`/incidents/new?evictionId=${eviction.id}`} variant="primary">
            {t('recordIncident')}
          </ButtonLink>
        ) : null
      }
    >
      {eviction.incidentIds.length === 0 ? <p className="text-ink-soft">{t('noIncidents')}</p> : null}
      <ul className="flex flex-col gap-2" data-testid="linked-incidents">
        <IncidentLinks rows={rows} testId="linked-incident" />
        {canRead
          ? eviction.incidentIds
              .filter((id) => !found.has(id))
              .map((id) => (
                <li key={id} data-testid="linked-incident">
                  <Link href={`/incidents/${id}`} prefetch={false} className="text-brand underline">
                    {t('incidentById', { id: id.slice(0, 8) })}
                  </Link>
                </li>
              ))
          : null}
      </ul>
    </Card>
  );
}
