import { can, CATALOGUE_CSV_COLUMNS, STOCK_CSV_COLUMNS } from '@vigil/contracts';
import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/supplies/import-form';
import { SuppliesNav } from '@/components/supplies/supplies-nav';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import type { ImportKind } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('suppliesImport');
  return { title: t('title') };
}

/** CSV imports: the catalogue (administrators) and opening stock (coordinators). */
export default async function ImportPage() {
  const me = await requireUser();
  const role = me.user.role;
  const kinds: ImportKind[] = [
    ...(can(role, 'supplies.stocktake') ? (['stock'] as const) : []),
    ...(can(role, 'vocabularies.manage') ? (['catalogue'] as const) : []),
  ];
  if (kinds.length === 0) forbidden();
  const t = await getTranslations('suppliesImport');
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <SuppliesNav role={role} current="import" />
      <ImportForm kinds={kinds} columns={{ catalogue: CATALOGUE_CSV_COLUMNS, stock: STOCK_CSV_COLUMNS }} />
    </>
  );
}
