import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('offline');
  return { title: t('title') };
}

/**
 * What the service worker (public/sw.js) shows when a page cannot be fetched. It holds no data, so
 * it is the one page kept on the device; outside the signed-in layout so it renders without a session.
 * The worker keeps it without its scripts and serves it at the address that failed: "Try again" is a
 * plain link to that same address.
 */
export default async function OfflinePage() {
  const t = await getTranslations('offline');
  const tc = await getTranslations('common');
  return (
    <div className="flex min-h-dvh flex-col items-center px-3 py-8 sm:py-16">
      <main id="main" className="flex w-full max-w-md flex-col gap-6" data-testid="offline-page">
        <p className="text-center text-3xl font-black tracking-tight text-brand">{tc('appName')}</p>
        <section className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6 shadow-sm">
          <h1 className="text-2xl font-bold">{t('heading')}</h1>
          <p>{t('body')}</p>
          <p
            className="rounded-md border-s-4 border-success bg-success-soft p-4"
            data-testid="offline-drafts"
          >
            {t('drafts')}
          </p>
          <a href="" className={buttonClasses('primary', 'self-start')} data-testid="offline-retry">
            {t('retry')}
          </a>
        </section>
      </main>
    </div>
  );
}
