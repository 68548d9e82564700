import { distributionResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { DistributionEditForm } from '@/components/supplies/distribution-edit-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchSites } from '@/lib/incidents/sites';
import { distributionToDraft } from '@/lib/supplies/distribution-draft';
import { fetchLocations } from '@/lib/supplies/fetch';
import { needChoices } from '@/lib/supplies/need-choices';
import { locationRefs } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesDistributions');
  return { title: t('editTitle') };
}

/** A planned distribution's place, time, need and list, changed before it is packed. */
export default async function EditDistributionPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('supplies.write');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('suppliesDistributions');
  const te = await getTranslations('suppliesEnums');
  const [{ distribution }, locations, sites, timeZone, locale] = await Promise.all([
    api(`/api/supplies/distributions/${id}`, { schema: distributionResponseSchema, context: 'page' }),
    fetchLocations(),
    fetchSites(),
    getTimeZone(),
    getLocale(),
  ]);
  const back = (
    <ButtonLink href={`/supplies/distributions/${id}`} variant="ghost">
      {t('backToDistribution')}
    </ButtonLink>
  );
  if (distribution.status !== 'planned') {
    return (
      <>
        <PageHeader title={distribution.reference} />
        <div className="flex flex-col items-start gap-4">
          <Alert tone="warning" testId="not-planned">
            {t('onlyPlanned', { status: te(`distributionStatus.${distribution.status}`) })}
          </Alert>
          {back}
        </div>
      </>
    );
  }
  // The place it leaves from stays offered even if it has been closed since.
  const refs = locationRefs(locations);
  const offered = refs.some((location) => location.id === distribution.location.id)
    ? refs
    : [...refs, distribution.location];
  return (
    <>
      <PageHeader title={`${t('editTitle')} · ${distribution.reference}`} description={t('editIntro')} />
      <div className="flex flex-col gap-4">
        <DistributionEditForm
          id={id}
          version={distribution.version}
          initial={distributionToDraft(distribution, timeZone)}
          locations={offered}
          sites={sites}
          needs={await needChoices(distribution.needId, locale, (who, date) => t('needLabel', { who, date }))}
        />
        <div>{back}</div>
      </div>
    </>
  );
}
