import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { requireUser } from '@/lib/auth/current-user';

/**
 * Second-factor enrolment lives outside the main shell: a session whose scope is still
 * `mfa_enrolment` may reach nothing else, so it gets no navigation.
 */
export default async function EnrolLayout({ children }: { children: ReactNode }) {
  await requireUser({ allowEnrolment: true });
  return <EnrolFrame>{children}</EnrolFrame>;
}

function EnrolFrame({ children }: { children: ReactNode }) {
  const t = useTranslations('common');
  const tm = useTranslations('userMenu');
  return (
    <div className="flex min-h-dvh flex-col items-center px-3 py-8">
      <main id="main" className="flex w-full max-w-xl flex-col gap-6">
        <div className="flex items-center justify-between gap-3">
          <p className="text-2xl font-black tracking-tight text-brand">{t('appName')}</p>
          <div className="w-40">
            <SignOutButton label={tm('signOut')} />
          </div>
        </div>
        {children}
      </main>
    </div>
  );
}
