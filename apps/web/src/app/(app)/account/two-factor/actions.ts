'use server';

import { okResponseSchema, recoveryCodesResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { failure, text, type FormState } from '@/lib/forms';

function code(formData: FormData): string {
  return text(formData, 'code').replace(/\s+/g, '');
}

export async function regenerateRecoveryCodesAction(
  _state: FormState<string[]>,
  formData: FormData,
): Promise<FormState<string[]>> {
  try {
    const result = await api('/api/auth/totp/recovery-codes', {
      method: 'POST',
      body: { code: code(formData) },
      schema: recoveryCodesResponseSchema,
    });
    return { status: 'success', data: result.recoveryCodes };
  } catch (error) {
    return failure<string[]>(error);
  }
}

/** The API refuses (403 FORBIDDEN) when the user's role must keep a second factor. */
export async function disableTotpAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api('/api/auth/totp/disable', {
      method: 'POST',
      body: { code: code(formData) },
      schema: okResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/', 'layout');
  return { status: 'success' };
}
