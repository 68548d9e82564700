import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ItemForm } from '@/components/supplies/item-form';
import { PageHeader } from '@/components/ui/page-header';
import { isUuid } from '@/lib/api/ids';
import { requirePermission } from '@/lib/auth/current-user';
import { getVocabulary } from '@/lib/incidents/vocabulary';
import { fetchItemStock } from '@/lib/supplies/fetch';
import { itemToDraft } from '@/lib/supplies/item-draft';
import { itemName } from '@/lib/supplies/names';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesCatalogue');
  return { title: t('title') };
}

/** An item's names, category, unit, size and fit, expiry tracking, priority and status: administrators. */
export default async function EditItemPage({ params }: Params) {
  await requirePermission('vocabularies.manage');
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const t = await getTranslations('suppliesCatalogue');
  const [{ item }, { propertyTypes }, locale] = await Promise.all([
    fetchItemStock(id),
    getVocabulary(),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t('editTitle', { name: itemName(item, locale) })}
        description={`${item.code} · ${t('editIntro')}`}
      />
      <ItemForm editing={{ id, initial: itemToDraft(item) }} propertyTypes={propertyTypes} />
    </>
  );
}
