import { can, type MeResponse } from '@vigil/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { GlobalSearch } from '@/components/search/global-search';
import { DossierWatcher } from '@/components/toasts/dossier-watcher';
import { ToastProvider } from '@/components/toasts/toast-provider';
import { navFor } from '@/lib/nav';
import { NavList } from './nav-list';
import { UserMenu } from './user-menu';

export function AppShell({ me, children }: { me: MeResponse; children: ReactNode }) {
  const t = useTranslations('nav');
  const tc = useTranslations('common');
  const links = navFor(me.user.role, can).map((entry) => ({
    id: entry.id,
    href: entry.href,
    group: entry.group,
    label: t(entry.id),
  }));
  // The toasts live above every page, so a background job's news reaches the user wherever they went.
  // On paper only the page's own content prints: header, navigation and skip link are screen-only.
  return (
    <ToastProvider>
      <DossierWatcher />
      <div className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only print:hidden focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-surface focus:p-3"
        >
          {tc('skipToContent')}
        </a>
        <header className="sticky top-0 z-10 border-b border-line bg-surface print:hidden">
          <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-3 py-2 sm:px-6">
            <Link prefetch={false} href="/" className="text-xl font-black tracking-tight text-brand">
              {tc('appName')}
            </Link>
            <GlobalSearch />
            <UserMenu me={me} />
          </div>
        </header>
        <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col md:flex-row print:max-w-none">
          <div className="border-b border-line bg-surface px-2 py-2 md:w-60 md:shrink-0 md:border-e md:border-b-0 md:py-6 print:hidden">
            <NavList links={links} label={t('label')} adminLabel={t('adminGroup')} />
          </div>
          <main id="main" className="min-w-0 flex-1 px-3 py-6 sm:px-6 print:p-0">
            {children}
          </main>
        </div>
      </div>
    </ToastProvider>
  );
}
