import { can, incidentResponseSchema, uuidSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { IncidentForm } from '@/components/incident-form/incident-form';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { draftFromDetail } from '@/lib/incidents/form-model';
import { fetchSites } from '@/lib/incidents/sites';
import { getVocabulary } from '@/lib/incidents/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('incidentForm');
  return { title: t('editTitle') };
}

export default async function EditIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('incidents.write');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations('incidentForm');
  const [{ incident }, vocabulary, timeZone, sites] = await Promise.all([
    api(`/api/incidents/${id}`, { schema: incidentResponseSchema, context: 'page' }),
    getVocabulary(),
    getTimeZone(),
    fetchSites(),
  ]);
  return (
    <>
      <PageHeader title={t('editTitle')} description={`${incident.reference} · ${incident.title}`} />
      <IncidentForm
        // A new version after a save or a reload remounts the form with the stored record.
        key={incident.version}
        initial={draftFromDetail(incident, timeZone)}
        incidentId={incident.id}
        version={incident.version}
        vocabulary={vocabulary}
        sites={sites}
        canSeeContacts={
          can(me.user.role, 'incidents.read_witness_contacts') &&
          incident.witnesses.every((w) => w.contact !== undefined)
        }
        cancelHref={`/incidents/${incident.id}`}
      />
    </>
  );
}
