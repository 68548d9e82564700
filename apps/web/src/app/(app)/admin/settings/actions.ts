'use server';

import { instanceSettingsSchema, revokedCountResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api/client';
import { failure, text, type FormState } from '@/lib/forms';

export async function updateMfaRolesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const roles = formData
    .getAll('mfaRequiredRoles')
    .filter((value): value is string => typeof value === 'string');
  try {
    await api('/api/admin/settings', {
      method: 'PATCH',
      body: { mfaRequiredRoles: roles },
      schema: instanceSettingsSchema,
    });
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/admin/settings');
  return { status: 'success' };
}

export async function updateRetentionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const raw = text(formData, 'caseworkRetentionMonths');
  try {
    await api('/api/admin/settings', {
      method: 'PATCH',
      // A non-number goes through as NaN so that the API names the field in its answer.
      body: { caseworkRetentionMonths: raw === '' ? Number.NaN : Number(raw) },
      schema: instanceSettingsSchema,
    });
  } catch (error) {
    return failure(error, { caseworkRetentionMonths: raw });
  }
  revalidatePath('/admin/settings');
  return { status: 'success' };
}

/**
 * Cuts every session on the instance, this admin's included (a device was seized, an account is
 * compromised). The admin lands on the login page, where 2FA is now required for everyone.
 */
export async function emergencyLockAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api('/api/admin/emergency-lock', {
      method: 'POST',
      body: { confirm: text(formData, 'confirm') },
      schema: revokedCountResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  redirect('/login?reason=locked');
}

export async function liftEmergencyLockAction(): Promise<FormState> {
  try {
    await api('/api/admin/emergency-lock', { method: 'DELETE', schema: instanceSettingsSchema });
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/admin/settings');
  return { status: 'success' };
}
