import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { directionOf, isLocale } from '@/i18n/locales';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return {
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    // A self-hosted tool for a small group: keep it out of search engines and link previews.
    robots: { index: false, follow: false },
    referrer: 'same-origin',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1f4e8c' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const dir = isLocale(locale) ? directionOf(locale) : 'ltr';
  return (
    <html lang={locale} dir={dir}>
      <body className="bg-page text-ink antialiased">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
