import { sessionListResponseSchema, userResponseSchema, uuidSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SessionsTable } from '@/components/sessions-table';
import { UserBadges } from '@/components/user-badges';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requirePermission } from '@/lib/auth/current-user';
import { resetMfaAction, revokeUserSessionsAction, setUserStatusAction, unlockUserAction } from './actions';
import { EditUserForm } from './edit-user-form';
import { NewInviteForm } from './new-invite-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('userDetail');
  return { title: t('title') };
}

export default async function UserDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requirePermission('users.manage');
  const { id } = await params;
  // Not an id at all: the API would answer 400; for a person following a link it is simply not there.
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations('userDetail');
  const format = await getFormatter();
  const path = `/api/admin/users/${encodeURIComponent(id)}`;
  const [{ user }, { sessions }] = await Promise.all([
    api(path, { schema: userResponseSchema, context: 'page' }),
    api(`${path}/sessions`, { schema: sessionListResponseSchema, context: 'page' }),
  ]);
  const hidden = { userId: user.id };
  const deactivated = user.status === 'deactivated';
  const self = user.id === me.user.id;

  return (
    <>
      <PageHeader
        title={user.displayName}
        description={user.email}
        actions={<ButtonLink href="/admin/users">{t('back')}</ButtonLink>}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t('profileTitle')}>
          <div className="mb-4 flex flex-col gap-2">
            <UserBadges user={user} />
            <p className="text-sm text-ink-soft">
              {t('created', { date: format.dateTime(user.createdAt, { dateStyle: 'medium' }) })}
            </p>
          </div>
          <EditUserForm userId={user.id} displayName={user.displayName} role={user.role} />
        </Card>
        <Card title={t('accessTitle')} description={t('accessIntro')}>
          <div className="flex flex-col gap-4">
            <NewInviteForm userId={user.id} email={user.email} />
            {user.locked ? (
              <ConfirmAction
                action={unlockUserAction}
                hiddenFields={hidden}
                triggerLabel={t('unlock')}
                title={t('unlockTitle')}
                body={<p>{t('unlockBody')}</p>}
                confirmLabel={t('unlock')}
                successMessage={t('unlocked')}
              />
            ) : null}
            {user.mfaEnabled ? (
              <ConfirmAction
                action={resetMfaAction}
                hiddenFields={hidden}
                variant="danger"
                triggerLabel={t('resetMfa')}
                title={t('resetMfaTitle')}
                body={<p>{t('resetMfaBody')}</p>}
                confirmLabel={t('resetMfa')}
                successMessage={t('mfaReset')}
              />
            ) : null}
            {self ? null : (
              <ConfirmAction
                action={setUserStatusAction}
                hiddenFields={{ ...hidden, status: deactivated ? 'active' : 'deactivated' }}
                variant={deactivated ? 'primary' : 'danger'}
                triggerLabel={deactivated ? t('reactivate') : t('deactivate')}
                title={deactivated ? t('reactivateTitle') : t('deactivateTitle')}
                body={<p>{deactivated ? t('reactivateBody') : t('deactivateBody')}</p>}
                confirmLabel={deactivated ? t('reactivate') : t('deactivate')}
                testId="toggle-status"
              />
            )}
          </div>
        </Card>
        <Card
          title={t('sessionsTitle')}
          className="xl:col-span-2"
          actions={
            sessions.length > 0 ? (
              <ConfirmAction
                action={revokeUserSessionsAction}
                hiddenFields={hidden}
                variant="danger"
                triggerLabel={t('revokeAll')}
                title={t('revokeAllTitle')}
                body={<p>{t('revokeAllBody')}</p>}
                confirmLabel={t('revokeAll')}
                successMessage={t('revoked')}
              />
            ) : null
          }
        >
          <SessionsTable sessions={sessions} />
        </Card>
      </div>
    </>
  );
}
