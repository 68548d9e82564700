import { can, siteListQuerySchema, siteListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChipList } from '@/components/filters/chip-list';
import { SiteFilterForm } from '@/components/sites/site-filter-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchEvictionStats } from '@/lib/evictions/stats';
import type { SearchParams } from '@/lib/filters/query-filter';
import { siteFilter } from '@/lib/sites/filter-query';
import { keepOrder, orderParams } from '@/lib/tables/sort';
import { SiteTable } from './site-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sites');
  return { title: t('title') };
}

/**
 * The site registry: commune and area for everyone with sites.read, never an exact address here.
 * Readers of evictions also see when each site was last evicted and how often.
 */
export default async function SitesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('sites.read');
  const t = await getTranslations('sites');
  const te = await getTranslations('siteEnums');
  const params = await searchParams;
  const filter = siteFilter.read(params);
  const query = siteFilter.toRecord(filter);
  const valid = siteListQuerySchema.safeParse(query).success;
  const readsEvictions = can(me.user.role, 'evictions.read');
  const [list, stats] = await Promise.all([
    valid ? api('/api/sites', { schema: siteListResponseSchema, query, context: 'page' }) : null,
    // Only what the table shows: no timelines, no interval lists.
    readsEvictions ? fetchEvictionStats({}, { timelineLimit: 0, recentIntervals: 0 }) : null,
  ]);
  // The table's order (?sort=&dir=) survives applying or removing a filter.
  const order = orderParams(params);
  const evictions = new Map((stats?.bySite ?? []).map((row) => [row.site.id, row]));
  const chips = siteFilter.chips(filter, '/sites').map((chip) => ({
    key: chip.key,
    name: t(chip.key),
    value:
      chip.key === 'type' || chip.key === 'status'
        ? te.has(`${chip.key}.${chip.value}` as 'type.camp')
          ? te(`${chip.key}.${chip.value}` as 'type.camp')
          : chip.value
        : chip.value,
    href: keepOrder(chip.href, order),
  }));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can(me.user.role, 'sites.write') ? (
            <ButtonLink href="/sites/new" variant="primary" testId="register-site">
              {t('register')}
            </ButtonLink>
          ) : null
        }
      />
      <div className="flex flex-col gap-4">
        <SiteFilterForm filter={filter} keep={order} />
        <ChipList chips={chips} empty={t('noFilter')} />
        {list === null ? (
          <Alert tone="error">{t('badFilter')}</Alert>
        ) : (
          <SiteTable sites={list.sites} evictions={readsEvictions ? evictions : null} params={params} />
        )}
      </div>
    </>
  );
}
