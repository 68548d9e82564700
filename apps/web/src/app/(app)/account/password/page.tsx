import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { PasswordForm } from './password-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('password');
  return { title: t('title') };
}

export default async function PasswordPage() {
  const me = await requireUser();
  const t = await getTranslations('password');
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <Card className="max-w-2xl">
        <PasswordForm email={me.user.email} />
      </Card>
    </>
  );
}
