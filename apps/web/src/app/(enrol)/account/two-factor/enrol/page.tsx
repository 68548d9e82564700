import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/current-user';
import { EnrolFlow } from './enrol-flow';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('enrol');
  return { title: t('title') };
}

export default async function EnrolPage() {
  const me = await requireUser({ allowEnrolment: true });
  const t = await getTranslations('enrol');
  if (me.user.mfaEnabled && !me.mfaEnrolmentRequired) {
    return (
      <Card title={t('title')} as="h1">
        <Alert tone="success">{t('alreadyEnabled')}</Alert>
        <div className="mt-4">
          <ButtonLink href="/account/two-factor">{t('manage')}</ButtonLink>
        </div>
      </Card>
    );
  }
  return (
    <Card title={t('title')} description={me.mfaEnrolmentRequired ? t('requiredIntro') : t('intro')} as="h1">
      <EnrolFlow />
    </Card>
  );
}
