'use server';

import { okResponseSchema, savedFilterResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { failure, submitted, text, type FormState } from '@/lib/forms';

/** Saves the list's current filter under a name (the API checks it is a valid filter). */
export async function saveFilterAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api('/api/saved-filters', {
      method: 'POST',
      body: { name: text(formData, 'name'), query: text(formData, 'query') },
      schema: savedFilterResponseSchema,
    });
  } catch (error) {
    return failure(error, submitted(formData, ['name']));
  }
  revalidatePath('/incidents');
  return { status: 'success' };
}

export async function deleteSavedFilterAction(_state: FormState, formData: FormData): Promise<FormState> {
  try {
    await api(`/api/saved-filters/${encodeURIComponent(text(formData, 'id'))}`, {
      method: 'DELETE',
      schema: okResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/incidents');
  return { status: 'success' };
}
