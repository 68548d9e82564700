'use server';

import { supplyItemResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { failure, type FormState } from '@/lib/forms';

type Saved = FormState<{ id: string; href: string }>;

/**
 * Adds an item to the catalogue (administrators). The Idempotency-Key makes a resent form (lost
 * answer) create it once; a code already used is a 409 naming the field.
 */
export async function createItemAction(key: string, body: Record<string, unknown>): Promise<Saved> {
  if (typeof key !== 'string') return { status: 'error', code: 'NOT_FOUND' };
  try {
    const { item } = await api('/api/supplies/items', {
      method: 'POST',
      body,
      schema: supplyItemResponseSchema,
      headers: { 'idempotency-key': key },
    });
    revalidatePath('/supplies/items');
    return { status: 'success', data: { id: item.id, href: `/supplies/items/${item.id}?saved=created` } };
  } catch (error) {
    return failure(error);
  }
}

/** Changes an item: every field but its code (only the fields sent change). */
export async function updateItemAction(id: string, body: Record<string, unknown>): Promise<Saved> {
  if (!isUuid(id)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await api(`/api/supplies/items/${id}`, { method: 'PATCH', body, schema: supplyItemResponseSchema });
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/supplies/items');
  revalidatePath(`/supplies/items/${id}`);
  return { status: 'success', data: { id, href: `/supplies/items/${id}?saved=updated` } };
}
