import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DistributionForm } from '@/components/supplies/distribution-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchSites } from '@/lib/incidents/sites';
import { fetchLocations } from '@/lib/supplies/fetch';
import { locationRefs, uuidParam } from '@/lib/supplies/params';
import { needLines } from '@/lib/supplies/prefill';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesForms');
  return { title: t('planDistributionTitle') };
}

/** Plan a distribution, from a need (`?needId=`: its site and missing quantities come prefilled) or not. */
export default async function PlanDistributionPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requirePermission('supplies.write');
  const t = await getTranslations('suppliesForms');
  const params = await searchParams;
  const needId = uuidParam(params, 'needId');
  const [locations, sites, fromNeed] = await Promise.all([
    fetchLocations(),
    fetchSites(),
    needId ? needLines(needId) : null,
  ]);
  return (
    <>
      <PageHeader title={t('planDistributionTitle')} description={t('planDistributionIntro')} />
      <DistributionForm
        mode="plan"
        locations={locationRefs(locations)}
        sites={sites}
        initialLocationId={uuidParam(params, 'locationId')}
        needId={fromNeed ? needId : null}
        initialLines={fromNeed?.lines ?? []}
        initialSiteId={fromNeed?.siteId ?? ''}
      />
    </>
  );
}
