import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '@/components/shell/language-switcher';

/** Pages reachable without a session: sign-in and invitation. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  const t = useTranslations('common');
  return (
    <div className="flex min-h-dvh flex-col items-center px-3 py-8 sm:py-16">
      <main id="main" className="flex w-full max-w-md flex-col gap-6">
        <p className="text-center text-3xl font-black tracking-tight text-brand">{t('appName')}</p>
        {children}
        <div className="rounded-lg border border-line bg-surface p-4">
          <LanguageSwitcher persist={false} id="public-language" />
        </div>
      </main>
    </div>
  );
}
