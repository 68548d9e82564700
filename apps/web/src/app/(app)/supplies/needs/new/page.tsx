import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NeedForm } from '@/components/supplies/need-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { fetchSites } from '@/lib/incidents/sites';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesNeeds');
  return { title: t('newTitle') };
}

export default async function NewNeedPage() {
  await requirePermission('supplies.write');
  const t = await getTranslations('suppliesNeeds');
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newIntro')} />
      <NeedForm sites={await fetchSites()} />
    </>
  );
}
