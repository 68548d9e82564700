import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ItemForm } from '@/components/supplies/item-form';
import { PageHeader } from '@/components/ui/page-header';
import { requirePermission } from '@/lib/auth/current-user';
import { getVocabulary } from '@/lib/incidents/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesCatalogue');
  return { title: t('newTitle') };
}

/** An item added to the catalogue, like a term to a vocabulary: administrators only. */
export default async function NewItemPage() {
  await requirePermission('vocabularies.manage');
  const t = await getTranslations('suppliesCatalogue');
  const { propertyTypes } = await getVocabulary();
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newIntro')} />
      <ItemForm propertyTypes={propertyTypes} />
    </>
  );
}
