import { cookies, headers } from 'next/headers';
import { readSessionJwt } from '@/lib/auth/session-token';
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, negotiateLocale, type Locale } from './locales';

/**
 * No locale in the URL (links must not reveal a user's language): the choice made on this device
 * wins, then the signed-in user's profile language, then the browser's preference.
 */
export async function resolveLocale(): Promise<Locale> {
  const cookieStore = await cookies();
  const chosen = cookieStore.get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const jwt = await readSessionJwt();
  if (isLocale(jwt?.locale)) return jwt.locale;
  const headerStore = await headers();
  return negotiateLocale(headerStore.get('accept-language')) ?? DEFAULT_LOCALE;
}
