import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { ProfileForm } from './profile-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage() {
  const me = await requireUser();
  const t = await getTranslations('account');
  const tr = await getTranslations('roles');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="flex max-w-2xl flex-col gap-6">
        <Card title={t('profileTitle')}>
          <ProfileForm displayName={me.user.displayName} locale={me.user.locale} />
        </Card>
        <Card title={t('detailsTitle')}>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t('email')}</dt>
            <dd className="break-all">{me.user.email}</dd>
            <dt className="font-semibold">{t('role')}</dt>
            <dd>{tr(me.user.role)}</dd>
            <dt className="font-semibold">{t('twoFactor')}</dt>
            <dd>
              <Badge tone={me.user.mfaEnabled ? 'success' : 'warning'}>
                {me.user.mfaEnabled ? t('on') : t('off')}
              </Badge>
            </dd>
            <dt className="font-semibold">{t('sessionEnds')}</dt>
            <dd>
              {format.dateTime(me.session.absoluteExpiresAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </dd>
          </dl>
        </Card>
      </div>
    </>
  );
}
