import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DistributionForm } from '@/components/supplies/distribution-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { localDraftKey } from '@/lib/drafts/draft-key';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchSites } from '@/lib/incidents/sites';
import { fetchLocations } from '@/lib/supplies/fetch';
import { locationRefs, uuidParam } from '@/lib/supplies/params';
import { prefilledLines } from '@/lib/supplies/prefill';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesForms');
  return { title: t('recordDistributionTitle') };
}

/** A distribution that already happened: counts served by group, stock out now; kept on the device until sent. */
export default async function RecordDistributionPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requirePermission('supplies.write');
  const t = await getTranslations('suppliesForms');
  const params = await searchParams;
  const [locations, sites, prefill, keyMaterial] = await Promise.all([
    fetchLocations(),
    fetchSites(),
    prefilledLines(params),
    localDraftKey(),
  ]);
  return (
    <>
      <PageHeader title={t('recordDistributionTitle')} description={t('recordDistributionIntro')} />
      <DistributionForm
        mode="record"
        locations={locationRefs(locations)}
        sites={sites}
        initialLocationId={prefill.locationId || uuidParam(params, 'locationId')}
        needId={uuidParam(params, 'needId') || null}
        initialLines={prefill.lines}
        keyMaterial={keyMaterial}
      />
    </>
  );
}
