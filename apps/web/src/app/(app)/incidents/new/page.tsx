import { can, evictionResponseSchema, type EvictionDetail } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { IncidentForm } from '@/components/incident-form/incident-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { incidentDuringEviction } from '@/lib/evictions/incident-prefill';
import { emptyDraft } from '@/lib/incidents/form-model';
import { fetchSites } from '@/lib/incidents/sites';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import { toLocalInput } from '@/lib/incidents/zoned-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('incidentForm');
  return { title: t('newTitle') };
}

export default async function NewIncidentPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requirePermission('incidents.write');
  const t = await getTranslations('incidentForm');
  const te = await getTranslations('evictionDetail');
  const { evictionId } = await searchParams;
  const [vocabulary, sites, timeZone] = await Promise.all([getVocabulary(), fetchSites(), getTimeZone()]);
  // Violence during an eviction: recorded from within the eviction record, linked to it.
  const eviction: EvictionDetail | null =
    typeof evictionId === 'string' && isUuid(evictionId) && can(me.user.role, 'evictions.read')
      ? (await api(`/api/evictions/${evictionId}`, { schema: evictionResponseSchema, context: 'page' }))
          .eviction
      : null;
  // "Now" is set here, on the server, so the page and the browser render the same value.
  const blank = emptyDraft(toLocalInput(new Date(), timeZone));
  const evictionHref = eviction
    ? eviction.status === 'draft' && eviction.author.id === me.user.id
      ? `/evictions/${eviction.id}/edit`
      : `/evictions/${eviction.id}`
    : null;
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newIntro')} />
      {eviction && evictionHref ? (
        <Alert tone="info" className="mb-4" testId="during-eviction">
          <p>{te('incidentDuring', { reference: eviction.reference, site: eviction.site.name })}</p>
          <p>
            <Link href={evictionHref} prefetch={false} className="font-semibold text-brand underline">
              {te('backToEviction')}
            </Link>
          </p>
        </Alert>
      ) : null}
      <IncidentForm
        initial={eviction ? incidentDuringEviction(blank, eviction, timeZone) : blank}
        incidentId={null}
        version={null}
        vocabulary={vocabulary}
        sites={sites}
        canSeeContacts={can(me.user.role, 'incidents.read_witness_contacts')}
        cancelHref={evictionHref ?? '/incidents'}
      />
    </>
  );
}
