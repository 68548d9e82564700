'use server';

import { userResponseSchema } from '@vigil/contracts';
import { cookies } from 'next/headers';
import { api } from '@/lib/api/client';
import { usesSecureCookies } from '@/lib/env';
import { text } from '@/lib/forms';
import { LOCALE_COOKIE, isLocale } from '@/i18n/locales';

const ONE_YEAR = 365 * 24 * 60 * 60;

/** Remembers the language on this device; signed-in users also get it saved to their profile. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = text(formData, 'locale');
  if (!isLocale(locale)) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR,
    sameSite: 'lax',
    httpOnly: true,
    secure: usesSecureCookies(),
  });
  if (text(formData, 'persist') === '1') {
    await api('/api/account/profile', {
      method: 'PATCH',
      body: { locale },
      schema: userResponseSchema,
    }).catch(() => undefined);
  }
}
