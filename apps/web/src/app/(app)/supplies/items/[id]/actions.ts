'use server';

import { okResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { failure, type FormState } from '@/lib/forms';

/** Replaces every low-stock threshold of the item (a PUT: sending it twice changes nothing more). */
export async function saveThresholdsAction(
  itemId: string,
  thresholds: { locationId: string; minQuantity: number | string | null }[],
): Promise<FormState> {
  if (!isUuid(itemId)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await api(`/api/supplies/items/${itemId}/thresholds`, {
      method: 'PUT',
      body: { thresholds },
      schema: okResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/supplies/items/${itemId}`);
  return { status: 'success' };
}
