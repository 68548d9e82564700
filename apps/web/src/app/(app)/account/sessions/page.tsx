import { sessionListResponseSchema } from '@vigil/contracts';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SessionsTable } from '@/components/sessions-table';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { PageHeader } from '@/components/ui/page-header';
import { api } from '@/lib/api/client';
import { requireUser } from '@/lib/auth/current-user';
import { revokeSessionAction, signOutEverywhereAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sessions');
  return { title: t('title') };
}

export default async function SessionsPage() {
  await requireUser();
  const t = await getTranslations('sessions');
  const { sessions } = await api('/api/account/sessions', {
    schema: sessionListResponseSchema,
    context: 'page',
  });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <ConfirmAction
            action={signOutEverywhereAction}
            variant="danger"
            triggerLabel={t('signOutEverywhere')}
            title={t('signOutEverywhereTitle')}
            body={<p>{t('signOutEverywhereBody')}</p>}
            confirmLabel={t('signOutEverywhereConfirm')}
            testId="sign-out-everywhere"
          />
        }
      />
      <SessionsTable sessions={sessions} revokeAction={revokeSessionAction} />
    </>
  );
}
