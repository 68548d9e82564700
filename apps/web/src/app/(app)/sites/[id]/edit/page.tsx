import { siteResponseSchema, uuidSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SiteForm } from '@/components/sites/site-form';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { draftFromSite } from '@/lib/sites/form-model';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('siteForm');
  return { title: t('editTitle') };
}

/** The status history is not edited here: transitions are recorded on the site's page. */
export default async function EditSitePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('sites.write');
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations('siteForm');
  const { site } = await api(`/api/sites/${id}`, { schema: siteResponseSchema, context: 'page' });
  return (
    <>
      <PageHeader title={t('editTitle')} description={site.name} />
      <SiteForm
        key={site.updatedAt.toISOString()}
        initial={draftFromSite(site)}
        site={{ id: site.id, version: site.version }}
      />
    </>
  );
}
