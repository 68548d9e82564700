import { can, instanceSettingsSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { emergencyLockAction, liftEmergencyLockAction } from './actions';
import { MfaRolesForm } from './mfa-roles-form';
import { RetentionForm } from './retention-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('settings');
  return { title: t('title') };
}

export default async function SettingsPage() {
  const me = await requirePermission('settings.manage');
  const t = await getTranslations('settings');
  const tr = await getTranslations('retentionSettings');
  const format = await getFormatter();
  const settings = await api('/api/admin/settings', { schema: instanceSettingsSchema, context: 'page' });
  const lock = settings.emergencyLock;
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="flex max-w-3xl flex-col gap-6">
        <Card title={t('mfaTitle')} description={t('mfaIntro')}>
          <MfaRolesForm selected={settings.mfaRequiredRoles} />
        </Card>
        <Card title={tr('title')} description={tr('intro')}>
          <RetentionForm months={settings.caseworkRetentionMonths} />
        </Card>
        <Card title={t('lockTitle')} description={t('lockIntro')}>
          {lock ? (
            <div className="flex flex-col gap-4">
              <Alert tone="error" title={t('lockActive')} testId="lock-active">
                <p>
                  {t('lockedAt', {
                    date: format.dateTime(lock.lockedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </p>
                <p>{t('lockEffect')}</p>
              </Alert>
              <ConfirmAction
                action={liftEmergencyLockAction}
                triggerLabel={t('lift')}
                title={t('liftTitle')}
                body={<p>{t('liftBody')}</p>}
                confirmLabel={t('lift')}
              />
            </div>
          ) : can(me.user.role, 'instance.lock') ? (
            <ConfirmAction
              action={emergencyLockAction}
              variant="danger"
              triggerLabel={t('lock')}
              title={t('lockConfirmTitle')}
              body={<p>{t('lockConfirmBody')}</p>}
              confirmLabel={t('lock')}
              typedConfirmation={{ word: 'LOCK', label: t('typeLock'), name: 'confirm' }}
              testId="emergency-lock"
            />
          ) : (
            <p className="text-ink-soft">{t('lockNotAllowed')}</p>
          )}
        </Card>
      </div>
    </>
  );
}
