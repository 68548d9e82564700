import { can, distributionListQuerySchema, distributionListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DistributionTable } from '@/components/supplies/distribution-table';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { Alert } from '@/components/ui/alert';
import { ButtonLink, buttonClasses } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Select } from '@/components/ui/select';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { DISTRIBUTION_PAGE_SIZE, distributionFilter } from '@/lib/supplies/distributions';
import { DISTRIBUTION_STATUSES } from '@vigil/contracts/enums';
import { fetchLocations } from '@/lib/supplies/fetch';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesDistributions');
  return { title: t('title') };
}

/** Distributions through their life: planned, packed, handed out, returns counted. */
export default async function DistributionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.read');
  const t = await getTranslations('suppliesDistributions');
  const te = await getTranslations('suppliesEnums');
  const filter = distributionFilter.read(await searchParams);
  const query = { ...distributionFilter.toRecord(filter), limit: DISTRIBUTION_PAGE_SIZE };
  const valid = distributionListQuerySchema.safeParse(query).success;
  const [locations, page] = await Promise.all([
    fetchLocations(),
    valid
      ? api('/api/supplies/distributions', { schema: distributionListResponseSchema, query, context: 'page' })
      : null,
  ]);
  const { single } = filter;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can(me.user.role, 'supplies.write') ? (
            <>
              <ButtonLink href="/supplies/distributions/record" variant="primary">
                {t('record')}
              </ButtonLink>
              <ButtonLink href="/supplies/distributions/new">{t('plan')}</ButtonLink>
            </>
          ) : null
        }
      />
      <SuppliesNav role={me.user.role} current="distributions" />
      <div className="flex flex-col gap-4">
        <form
          method="get"
          action="/supplies/distributions"
          role="search"
          aria-label={t('filterLabel')}
          className="grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
        >
          <Select
            name="status"
            id="df-status"
            label={t('status')}
            defaultValue={single.status ?? ''}
            options={[
              { value: '', label: t('anyStatus') },
              ...DISTRIBUTION_STATUSES.map((value) => ({
                value,
                label: te(`distributionStatus.${value}`),
              })),
            ]}
          />
          <Select
            name="locationId"
            id="df-location"
            label={t('location')}
            defaultValue={single.locationId ?? ''}
            options={[
              { value: '', label: t('anyLocation') },
              ...locations.map((l) => ({ value: l.id, label: l.name })),
            ]}
          />
          <Input name="from" id="df-from" type="date" label={t('from')} defaultValue={single.from} />
          <Input name="to" id="df-to" type="date" label={t('to')} defaultValue={single.to} />
          <button type="submit" className={buttonClasses('primary')}>
            {t('apply')}
          </button>
        </form>
        {page === null ? (
          <Alert tone="error">{t('badFilter')}</Alert>
        ) : (
          <DistributionTable
            key={distributionFilter.toQuery(filter)}
            initialRows={page.distributions}
            initialCursor={page.nextCursor}
            query={distributionFilter.toQuery(filter)}
          />
        )}
      </div>
    </>
  );
}
