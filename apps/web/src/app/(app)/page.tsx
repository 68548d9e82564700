import { overviewResponseSchema, type OverviewResponse } from '@vigil/contracts';
import type { Metadata } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HomeBlocks } from '@/components/home/home-blocks';
import { RoleSummary } from '@/components/home/role-summary';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { TIME_ZONE } from '@/i18n/time-zone';
import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { requireUser } from '@/lib/auth/current-user';
import type { SearchParams } from '@/lib/filters/query-filter';
import { uuidParam } from '@/lib/supplies/params';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('nav');
  return { title: t('home') };
}

/**
 * The overview in the instance's time zone. A location that no longer exists (an old link) falls
 * back to the reader's own; any other failure leaves the page with its header and a notice, since the
 * menu still leads everywhere.
 */
async function fetchOverview(locationId: string): Promise<OverviewResponse | null> {
  const ask = (location: string) =>
    api('/api/overview', {
      schema: overviewResponseSchema,
      query: { timeZone: TIME_ZONE, locationId: location || undefined },
      context: 'action',
    });
  try {
    return await ask(locationId).catch((error: unknown) => {
      if (locationId && error instanceof ApiError && error.status === 404) return ask('');
      throw error;
    });
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

/** Each role lands on its morning's work: the blocks of its layout, with links into every module. */
export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireUser();
  const t = await getTranslations('home');
  const tr = await getTranslations('roles');
  const role = me.user.role;
  const overview = await fetchOverview(uuidParam(await searchParams, 'locationId'));
  return (
    <>
      <PageHeader
        title={t('welcome', { name: me.user.displayName })}
        description={t('roleIs', { role: tr(role) })}
      />
      <div className="flex flex-col gap-4">
        {overview ? (
          <HomeBlocks overview={overview} />
        ) : (
          <Alert tone="warning" testId="home-unavailable">
            {t('unavailable')}
          </Alert>
        )}
        <RoleSummary role={role} />
      </div>
    </>
  );
}
