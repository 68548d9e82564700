import { can, evictionListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { WriteOffForm } from '@/components/supplies/write-off-form';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { fetchLocations, optional } from '@/lib/supplies/fetch';
import { locationRefs, uuidParam } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesForms');
  return { title: t('writeOffTitle') };
}

/** Stock lost; police losses name their eviction (the recent ones offered to roles that read them). */
export default async function NewWriteOffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.write');
  const t = await getTranslations('suppliesForms');
  const format = await getFormatter();
  const params = await searchParams;
  const [locations, recent] = await Promise.all([
    fetchLocations(),
    can(me.user.role, 'evictions.read')
      ? optional(() => api('/api/evictions', { schema: evictionListResponseSchema, query: { limit: 50 } }))
      : null,
  ]);
  const evictions =
    recent?.evictions.map((eviction) => ({
      id: eviction.id,
      label: `${eviction.reference} · ${eviction.site.name} · ${format.dateTime(eviction.startAt, { dateStyle: 'medium' })}`,
    })) ?? null;
  return (
    <>
      <PageHeader title={t('writeOffTitle')} description={t('writeOffIntro')} />
      <WriteOffForm
        locations={locationRefs(locations)}
        initialLocationId={uuidParam(params, 'locationId')}
        evictions={evictions}
      />
    </>
  );
}
