import type { MetadataRoute } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { directionOf, isLocale } from '@/i18n/locales';

/** The brand blue and the page background of globals.css: the installed app opens in the same colours. */
const THEME_COLOUR = '#1f4e8c';
const BACKGROUND_COLOUR = '#f6f7f9';

/**
 * Installable on a phone's home screen. The app opens on its overview in its own window; the
 * service worker (public/sw.js) adds an offline page, never offline copies of records.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations('pwa');
  const tc = await getTranslations('common');
  const locale = await getLocale();
  return {
    id: '/',
    name: tc('appName'),
    short_name: tc('appName'),
    description: t('description'),
    lang: locale,
    dir: isLocale(locale) ? directionOf(locale) : 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
