import type { Metadata } from 'next';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { EvictionForm } from '@/components/eviction-form/eviction-form';
import { UnsentNotice } from '@/components/evictions/unsent-notice';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { localDraftKey } from '@/lib/drafts/draft-key';
import { emptyEvictionDraft } from '@/lib/evictions/form-model';
import { fetchSites } from '@/lib/incidents/sites';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import { toLocalInput } from '@/lib/incidents/zoned-time';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evictionForm');
  return { title: t('newTitle') };
}

const RESUME_KEY = /^ev-[0-9a-f]{32}$/;

export default async function NewEvictionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission('evictions.write');
  const t = await getTranslations('evictionForm');
  const params = await searchParams;
  const siteId = typeof params.siteId === 'string' && isUuid(params.siteId) ? params.siteId : '';
  const resumeKey = typeof params.local === 'string' && RESUME_KEY.test(params.local) ? params.local : null;
  const [vocabulary, sites, keyMaterial, timeZone] = await Promise.all([
    getVocabulary(),
    fetchSites(),
    localDraftKey(),
    getTimeZone(),
  ]);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newIntro')} />
      <div className="flex flex-col gap-4">
        <UnsentNotice except={resumeKey ?? undefined} />
        {sites === null ? <Alert tone="error">{t('sitesUnavailable')}</Alert> : null}
        <EvictionForm
          initial={emptyEvictionDraft(toLocalInput(new Date(), timeZone), siteId)}
          evictionId={null}
          version={null}
          sites={sites ?? []}
          forces={vocabulary.forces}
          propertyTypes={vocabulary.propertyTypes}
          keyMaterial={keyMaterial}
          resumeKey={resumeKey}
          canSubmit
          cancelHref="/evictions"
          log={[]}
        />
      </div>
    </>
  );
}
