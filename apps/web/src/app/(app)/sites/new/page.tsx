import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteForm } from '@/components/sites/site-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { EMPTY_SITE_DRAFT } from '@/lib/sites/form-model';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('siteForm');
  return { title: t('newTitle') };
}

export default async function NewSitePage() {
  await requirePermission('sites.write');
  const t = await getTranslations('siteForm');
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newIntro')} />
      <SiteForm initial={EMPTY_SITE_DRAFT} site={null} />
    </>
  );
}
