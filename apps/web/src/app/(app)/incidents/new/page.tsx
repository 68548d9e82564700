import { can } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { IncidentForm } from '@/components/incident-form/incident-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { emptyDraft } from '@/lib/incidents/form-model';
import { fetchSites } from '@/lib/incidents/sites';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import { toLocalInput } from '@/lib/incidents/zoned-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('incidentForm');
  return { title: t('newTitle') };
}

export default async function NewIncidentPage() {
  const me = await requirePermission('incidents.write');
  const t = await getTranslations('incidentForm');
  const [vocabulary, sites] = await Promise.all([getVocabulary(), fetchSites()]);
  // "Now" is set here, on the server, so the page and the browser render the same value.
  const now = toLocalInput(new Date(), await getTimeZone());
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newIntro')} />
      <IncidentForm
        initial={emptyDraft(now)}
        incidentId={null}
        version={null}
        vocabulary={vocabulary}
        sites={sites}
        canSeeContacts={can(me.user.role, 'incidents.read_witness_contacts')}
        cancelHref="/incidents"
      />
    </>
  );
}
