import { can, evictionResponseSchema, uuidSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { EvictionForm } from '@/components/eviction-form/eviction-form';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { localDraftKey } from '@/lib/drafts/draft-key';
import { evictionDraftFromDetail } from '@/lib/evictions/form-model';
import { fetchSites } from '@/lib/incidents/sites';
import { getVocabulary } from '@/lib/incidents/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evictionForm');
  return { title: t('editTitle') };
}

export default async function EditEvictionPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('evictions.write');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations('evictionForm');
  const [{ eviction }, vocabulary, sites, keyMaterial, timeZone] = await Promise.all([
    api(`/api/evictions/${id}`, { schema: evictionResponseSchema, context: 'page' }),
    getVocabulary(),
    fetchSites(),
    localDraftKey(),
    getTimeZone(),
  ]);
  const isAuthor = eviction.author.id === me.user.id;
  const reviewer = can(me.user.role, 'evictions.review');
  // The API's rule: drafts by their author (or a reviewer), submitted records by a reviewer who is
  // not the author; the author corrects a submitted record through the observation log.
  if (!(eviction.status === 'draft' ? isAuthor || reviewer : reviewer && !isAuthor)) forbidden();
  const registry = sites ?? [];
  const options = registry.some((site) => site.id === eviction.site.id)
    ? registry
    : [
        {
          id: eviction.site.id,
          label: `${eviction.site.name} (${eviction.site.commune})`,
          commune: eviction.site.commune,
        },
        ...registry,
      ];
  return (
    <>
      <PageHeader title={t('editTitle')} description={<span dir="ltr">{eviction.reference}</span>} />
      <EvictionForm
        initial={evictionDraftFromDetail(eviction, timeZone)}
        evictionId={eviction.id}
        version={eviction.version}
        sites={options}
        forces={vocabulary.forces}
        propertyTypes={vocabulary.propertyTypes}
        keyMaterial={keyMaterial}
        resumeKey={null}
        canSubmit={isAuthor && eviction.status === 'draft'}
        cancelHref={`/evictions/${eviction.id}`}
        log={eviction.log}
      />
    </>
  );
}
