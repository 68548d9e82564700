'use server';

import { stockBoxListResponseSchema } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';

/** Labels boxes or bags (one record and label each); the form's Idempotency-Key guards retries. */
export async function createBoxesAction(
  key: string,
  body: Record<string, unknown>,
): Promise<FormState<string[]>> {
  try {
    const { boxes } = await api('/api/supplies/boxes', {
      method: 'POST',
      body,
      schema: stockBoxListResponseSchema,
      headers: { 'idempotency-key': key },
    });
    return { status: 'success', data: boxes.map((box) => box.id) };
  } catch (error) {
    return failure<string[]>(error);
  }
}
