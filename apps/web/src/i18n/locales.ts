import type { Locale } from '@vigil/contracts';

export type { Locale };

/**
 * Listed here rather than imported so client components do not pull the contracts (and zod) into
 * the browser bundle; the type below fails to compile if the contracts gain a locale.
 */
export const LOCALES = ['en', 'fr', 'ar', 'fa'] as const satisfies readonly Locale[];
export type AllLocalesListed = [Exclude<Locale, (typeof LOCALES)[number]>] extends [never] ? true : never;
export const ALL_LOCALES_LISTED: AllLocalesListed = true;

export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const DEFAULT_LOCALE: Locale = 'en';

const RTL: ReadonlySet<Locale> = new Set<Locale>(['ar', 'fa']);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** Picks the first supported language of an Accept-Language header, honouring q-values. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLocale);
}
