'use server';

import { stockLocationResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { failure, text, type FormState } from '@/lib/forms';

/** Adds a warehouse, van or distribution point; the form's Idempotency-Key guards a resend. */
export async function createLocationAction(
  key: string,
  body: Record<string, unknown>,
): Promise<FormState<string>> {
  try {
    const { location } = await api('/api/supplies/locations', {
      method: 'POST',
      body,
      schema: stockLocationResponseSchema,
      headers: { 'idempotency-key': key },
    });
    revalidatePath('/supplies/locations');
    return { status: 'success', data: location.id };
  } catch (error) {
    return failure<string>(error);
  }
}

/** Closes a location (no longer offered in forms; its stock and ledger stay) or opens it again. */
export async function setLocationActiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, 'locationId');
  if (!isUuid(id)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await api(`/api/supplies/locations/${id}`, {
      method: 'PATCH',
      body: { active: text(formData, 'active') === 'true' },
      schema: stockLocationResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/supplies/locations');
  return { status: 'success' };
}
