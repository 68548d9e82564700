import { can, needListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { NeedCard } from '@/components/supplies/need-card';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { ButtonLink } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { SUPPLY_NEED_STATUSES } from '@vigil/contracts/enums';
import { todayIn } from '@/lib/supplies/names';
import { param } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesNeeds');
  return { title: t('title') };
}

/** Open needs against stock, soonest first; coordinators plan distributions from them. */
export default async function NeedsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePermission('supplies.read');
  const t = await getTranslations('suppliesNeeds');
  const te = await getTranslations('suppliesEnums');
  const asked = param(await searchParams, 'status');
  const status = SUPPLY_NEED_STATUSES.find((value) => value === asked) ?? 'open';
  const { needs } = await api('/api/supplies/needs', {
    schema: needListResponseSchema,
    query: { status, limit: 200 },
    context: 'page',
  });
  const sorted = [...needs].sort((a, b) => a.neededBy.localeCompare(b.neededBy));
  const today = todayIn(await getTimeZone());
  const canWrite = can(me.user.role, 'supplies.write');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          canWrite ? (
            <ButtonLink href="/supplies/needs/new" variant="primary">
              {t('new')}
            </ButtonLink>
          ) : null
        }
      />
      <SuppliesNav role={me.user.role} current="needs" />
      <nav aria-label={t('statusFilter')} className="mb-4 flex flex-wrap gap-2">
        {SUPPLY_NEED_STATUSES.map((value) => (
          <Link
            key={value}
            prefetch={false}
            href={`/supplies/needs?status=${value}`}
            aria-current={value === status ? 'page' : undefined}
            className={cx(
              'inline-flex min-h-9 items-center rounded-full border px-3 text-sm',
              value === status ? 'border-brand bg-brand text-white' : 'border-line-strong bg-surface',
            )}
          >
            {te(`needStatus.${value}`)}
          </Link>
        ))}
      </nav>
      <div className="flex flex-col gap-4">
        {sorted.length === 0 ? <p className="text-ink-soft">{t('none')}</p> : null}
        {sorted.map((need) => (
          <NeedCard key={need.id} need={need} today={today} canWrite={canWrite} />
        ))}
      </div>
    </>
  );
}
