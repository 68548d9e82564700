import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/current-user';
import { DisableForm, RegenerateForm } from './two-factor-forms';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('twoFactor');
  return { title: t('title') };
}

export default async function TwoFactorPage() {
  const me = await requireUser();
  const t = await getTranslations('twoFactor');
  const enabled = me.user.mfaEnabled;
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="flex max-w-2xl flex-col gap-6">
        <Card title={t('statusTitle')}>
          <p className="mb-4 flex items-center gap-2" data-testid="two-factor-status">
            {t('status')} <Badge tone={enabled ? 'success' : 'warning'}>{enabled ? t('on') : t('off')}</Badge>
          </p>
          {enabled ? null : (
            <>
              <Alert tone="warning">{t('offWarning')}</Alert>
              <div className="mt-4">
                <ButtonLink href="/account/two-factor/enrol" variant="primary">
                  {t('enrol')}
                </ButtonLink>
              </div>
            </>
          )}
        </Card>
        {enabled ? (
          <>
            <Card title={t('regenerateTitle')} description={t('regenerateIntro')}>
              <RegenerateForm />
            </Card>
            <Card title={t('disableTitle')} description={t('disableIntro')}>
              <DisableForm />
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
