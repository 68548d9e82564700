import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ComingSoon } from '@/components/coming-soon';
import { requirePermission } from '@/lib/auth/current-user';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('modules');
  return { title: t('cases.title') };
}

export default async function CasesPage() {
  await requirePermission('cases.read');
  return <ComingSoon module="cases" />;
}
