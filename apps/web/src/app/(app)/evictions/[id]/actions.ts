'use server';

import { evictionResponseSchema, type EvictionDetail } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { failure, text, type FormState } from '@/lib/forms';

type LogEntry = EvictionDetail['log'][number];

/**
 * Appends to the observation log. The Idempotency-Key comes from the form and stays the same while
 * the entry is unchanged, so a resend after a lost answer never writes the entry twice.
 */
export async function appendLogAction(input: {
  evictionId: string;
  idempotencyKey: string;
  observedAt: string;
  text: string;
  correctsId: string | null;
}): Promise<FormState<LogEntry[]>> {
  try {
    const { eviction } = await api(`/api/evictions/${encodeURIComponent(input.evictionId)}/log`, {
      method: 'POST',
      body: { observedAt: input.observedAt, text: input.text, correctsId: input.correctsId },
      headers: { 'idempotency-key': input.idempotencyKey },
      schema: evictionResponseSchema,
    });
    return { status: 'success', data: eviction.log };
  } catch (error) {
    return failure<LogEntry[]>(error);
  }
}

/** Marks a submitted record reviewed; the API refuses its author (403) and a stale version (409). */
export async function reviewEvictionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, 'evictionId');
  try {
    await api(`/api/evictions/${encodeURIComponent(id)}/review`, {
      method: 'POST',
      body: { version: Number(text(formData, 'version')) },
      schema: evictionResponseSchema,
    });
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/evictions/${id}`);
  return { status: 'success' };
}
