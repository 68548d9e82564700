import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DonationForm } from '@/components/supplies/donation-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { localDraftKey } from '@/lib/drafts/draft-key';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchItemStock, fetchLocations, optional } from '@/lib/supplies/fetch';
import { locationRefs, uuidParam } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesForms');
  return { title: t('donationTitle') };
}

/**
 * Record stock received; `?locationId=` and `?itemId=` come from the overview and the item page. The
 * session's key lets the form keep an unsent donation on the device, encrypted.
 */
export default async function NewDonationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('supplies.write');
  const t = await getTranslations('suppliesForms');
  const params = await searchParams;
  const itemId = uuidParam(params, 'itemId');
  const [locations, stock, keyMaterial] = await Promise.all([
    fetchLocations(),
    itemId ? optional(() => fetchItemStock(itemId)) : null,
    localDraftKey(),
  ]);
  return (
    <>
      <PageHeader title={t('donationTitle')} description={t('donationIntro')} />
      <DonationForm
        locations={locationRefs(locations)}
        initialLocationId={uuidParam(params, 'locationId')}
        initialItem={stock?.item ?? null}
        keyMaterial={keyMaterial}
      />
    </>
  );
}
