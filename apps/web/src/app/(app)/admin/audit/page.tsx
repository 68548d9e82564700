import { auditListQuerySchema, auditListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('audit');
  return { title: t('title') };
}

const FILTERS = ['actorId', 'action', 'entityType', 'entityId'] as const;
type Filter = (typeof FILTERS)[number];
type SearchParams = Record<string, string | string[] | undefined>;

function pick(params: SearchParams): Partial<Record<Filter | 'before', string>> {
  const result: Partial<Record<Filter | 'before', string>> = {};
  for (const key of [...FILTERS, 'before'] as const) {
    const value = params[key];
    if (typeof value === 'string' && value.trim() !== '') result[key] = value.trim();
  }
  return result;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission('audit.read');
  const t = await getTranslations('audit');
  const raw = pick(await searchParams);
  const query = auditListQuerySchema.safeParse({ ...raw, limit: 50 });
  const filters = Object.fromEntries(FILTERS.map((key) => [key, raw[key] ?? ''])) as Record<Filter, string>;

  if (!query.success) {
    return (
      <>
        <PageHeader title={t('title')} description={t('intro')} />
        <AuditFilters values={filters} />
        <Alert tone="error" className="mt-4">
          {t('badFilter')}
        </Alert>
      </>
    );
  }

  const page = await api('/api/admin/audit', {
    schema: auditListResponseSchema,
    context: 'page',
    query: { ...query.data },
  });
  const filterQuery = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  const olderQuery = new URLSearchParams(filterQuery);
  if (page.nextCursor) olderQuery.set('before', page.nextCursor);

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="flex flex-col gap-4">
        <AuditFilters values={filters} />
        <AuditTable events={page.events} />
        <nav aria-label={t('pagination')} className="flex flex-wrap gap-2">
          {raw.before ? (
            <ButtonLink href={`/admin/audit?${filterQuery.toString()}`}>{t('newest')}</ButtonLink>
          ) : null}
          {page.nextCursor ? (
            <ButtonLink href={`/admin/audit?${olderQuery.toString()}`} variant="primary">
              {t('older')}
            </ButtonLink>
          ) : null}
        </nav>
      </div>
    </>
  );
}
