'use server';

import { okResponseSchema, revokedCountResponseSchema, userResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api/client';
import { usesSecureCookies } from '@/lib/env';
import { failure, submitted, text, type FormState } from '@/lib/forms';
import { LOCALE_COOKIE, isLocale } from '@/i18n/locales';

export async function updateProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  const locale = text(formData, 'locale');
  try {
    await api('/api/account/profile', {
      method: 'PATCH',
      body: { displayName: text(formData, 'displayName'), locale },
      schema: userResponseSchema,
    });
  } catch (error) {
    return failure(error, submitted(formData, ['displayName', 'locale']));
  }
  // The profile language becomes this device's language at once.
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: 365 * 24 * 60 * 60,
      sameSite: 'lax',
      httpOnly: true,
      secure: usesSecureCookies(),
    });
  }
  revalidatePath('/', 'layout');
  return { status: 'success', values: submitted(formData, ['displayName', 'locale']) };
}

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const newPassword = text(formData, 'newPassword');
  if (newPassword !== text(formData, 'confirm')) {
    return { status: 'error', code: 'VALIDATION_FAILED', fieldErrors: { confirm: 'mismatch' } };
  }
  try {
    await api('/api/account/password', {
      method: 'POST',
      body: { currentPassword: text(formData, 'currentPassword'), newPassword },
      schema: okResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  return { status: 'success' };
}

/** Used by the sessions page's "sign out everywhere"; the current session ends too. */
export async function signOutEverywhereAction(): Promise<FormState> {
  try {
    await api('/api/account/sessions/revoke-all', { method: 'POST', schema: revokedCountResponseSchema });
  } catch (error) {
    return failure(error);
  }
  redirect('/login?reason=signed_out_everywhere');
}

export async function revokeSessionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, 'sessionId');
  const current = text(formData, 'current') === '1';
  try {
    await api(`/api/account/sessions/${encodeURIComponent(id)}`, {
      method: 'DELETE',
      schema: okResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  if (current) redirect('/login?reason=signed_out');
  revalidatePath('/account/sessions');
  return { status: 'success' };
}
