import { can, evidenceFileListResponseSchema, evictionResponseSchema, uuidSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound, unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EvictionStatusBadge, LegalBasisBadge } from '@/components/evictions/eviction-badges';
import { EvidenceFiles } from '@/components/evidence/evidence-files';
import { ObservationLog } from '@/components/evictions/observation-log';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { PrintButton } from '@/components/ui/print-button';
import { PrintHeader } from '@/components/ui/print-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { EvictionFacts } from './eviction-facts';
import { EvictionHistory } from './eviction-history';
import { LinkedIncidents } from './linked-incidents';
import { EvictionReviewForm } from './review-form';

/** The record's evidence files; null when they cannot be read (the record still shows). */
async function evictionFiles(id: string) {
  try {
    return (await api(`/api/evictions/${id}/files`, { schema: evidenceFileListResponseSchema })).files;
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evictionDetail');
  return { title: t('title') };
}

export default async function EvictionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const me = await requirePermission('evictions.read');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const submitted = (await searchParams).submitted === '1';
  const t = await getTranslations('evictionDetail');
  const tp = await getTranslations('printRecord');
  const [{ eviction }, files] = await Promise.all([
    api(`/api/evictions/${id}`, { schema: evictionResponseSchema, context: 'page' }),
    evictionFiles(id),
  ]);
  const role = me.user.role;
  const isAuthor = eviction.author.id === me.user.id;
  const reviewer = can(role, 'evictions.review');
  // The API's rule: drafts by their author or a reviewer; submitted ones by a reviewer not the author.
  const canEdit =
    can(role, 'evictions.write') &&
    (eviction.status === 'draft' ? isAuthor || reviewer : reviewer && !isAuthor);
  const canReview = reviewer && !isAuthor && eviction.status === 'submitted';

  // data-print-record: printed, the record alone (src/app/(app)/print.css), under a header with its
  // reference and the time of printing.
  return (
    <div data-print-record>
      <PrintHeader reference={eviction.reference} />
      <PageHeader
        title={t('heading', { site: eviction.site.name })}
        description={<span dir="ltr">{eviction.reference}</span>}
        actions={
          <span className="flex flex-wrap gap-2 print:hidden">
            {canEdit ? (
              <ButtonLink href={`/evictions/${eviction.id}/edit`} variant="primary">
                {eviction.status === 'draft' && isAuthor ? t('continue') : t('edit')}
              </ButtonLink>
            ) : null}
            <PrintButton label={tp('print')} testId="print-eviction" />
            <ButtonLink href="/evictions">{t('back')}</ButtonLink>
          </span>
        }
      />
      <div className="flex flex-col gap-6">
        {submitted ? (
          <Alert tone="success" testId="submitted" className="print:hidden">
            {t('submittedNotice')}
          </Alert>
        ) : null}
        <div className="flex flex-wrap gap-2" data-testid="eviction-badges">
          <EvictionStatusBadge status={eviction.status} />
          <LegalBasisBadge basis={eviction.legalBasis} />
        </div>
        {isAuthor && eviction.status !== 'draft' ? (
          <p className="text-sm text-ink-soft">{t('readOnlyForAuthor')}</p>
        ) : null}
        <EvictionFacts eviction={eviction} />
        <Card>
          <ObservationLog
            evictionId={eviction.id}
            initialEntries={eviction.log}
            canAppend={can(role, 'evictions.write')}
          />
        </Card>
        {files ? (
          <EvidenceFiles
            files={files}
            uploadUrl={can(role, 'evictions.write') ? `/api/evictions/${eviction.id}/files` : null}
            canReadOriginal={can(role, 'evidence.read_original')}
          />
        ) : null}
        <LinkedIncidents
          eviction={eviction}
          canRead={can(role, 'incidents.read')}
          canWrite={can(role, 'incidents.write')}
        />
        {reviewer && isAuthor && eviction.status === 'submitted' ? (
          <Alert tone="info" testId="own-record">
            {t('ownRecord')}
          </Alert>
        ) : null}
        {canReview ? (
          <Card title={t('reviewTitle')} className="max-w-xl print:hidden">
            <EvictionReviewForm evictionId={eviction.id} version={eviction.version} />
          </Card>
        ) : null}
        <Card title={t('historyTitle')}>
          <EvictionHistory eviction={eviction} />
        </Card>
      </div>
    </div>
  );
}
