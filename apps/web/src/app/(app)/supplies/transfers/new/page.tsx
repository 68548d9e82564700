import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TransferForm } from '@/components/supplies/transfer-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchLocations } from '@/lib/supplies/fetch';
import { locationRefs, uuidParam } from '@/lib/supplies/params';
import { prefilledLines } from '@/lib/supplies/prefill';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesForms');
  return { title: t('transferTitle') };
}

/** Load a van; a scanned box arrives with `?boxId=` and fills in its location, item and quantity. */
export default async function NewTransferPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('supplies.write');
  const t = await getTranslations('suppliesForms');
  const params = await searchParams;
  const [locations, prefill] = await Promise.all([fetchLocations(), prefilledLines(params)]);
  return (
    <>
      <PageHeader title={t('transferTitle')} description={t('transferIntro')} />
      <TransferForm
        locations={locationRefs(locations)}
        initial={{
          fromLocationId: prefill.locationId || uuidParam(params, 'fromLocationId'),
          toLocationId: uuidParam(params, 'toLocationId'),
          lines: prefill.lines,
        }}
      />
    </>
  );
}
