'use server';

import { needResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { failure, text, type FormState } from '@/lib/forms';

const STATUSES = new Set(['met', 'cancelled']);

/** Changes an open need (who asks, by when, what) over the version its edit page showed. */
export async function updateNeedAction(
  id: string,
  body: Record<string, unknown>,
): Promise<FormState<{ id: string; href: string }>> {
  if (!isUuid(id)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await api(`/api/supplies/needs/${id}`, { method: 'PATCH', body, schema: needResponseSchema });
  } catch (error) {
    return failure<{ id: string; href: string }>(error);
  }
  revalidatePath('/supplies/needs');
  return { status: 'success', data: { id, href: `/supplies/needs#need-${id}` } };
}

/** Marks a need met or cancelled, over the version shown (a stale page gets a 409). */
export async function updateNeedStatusAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, 'needId');
  const status = text(formData, 'status');
  if (!isUuid(id) || !STATUSES.has(status)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await api(`/api/supplies/needs/${id}`, {
      method: 'PATCH',
      body: { version: Number(text(formData, 'version')), status },
      schema: needResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/supplies/needs');
  return { status: 'success' };
}
