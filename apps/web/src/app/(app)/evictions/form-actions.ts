'use server';

import { evictionResponseSchema, type EvictionDetail } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { isApiError } from '@/lib/api/errors';
import { getMe } from '@/lib/auth/current-user';
import { failure, type FormState } from '@/lib/forms';

/** What the form needs back from a save: where the record now stands. */
export interface SavedEviction {
  id: string;
  version: number;
  reference: string;
  status: EvictionDetail['status'];
}

type Result = FormState<SavedEviction>;

const saved = ({ id, version, reference, status }: EvictionDetail): Result => ({
  status: 'success',
  data: { id, version, reference, status },
});

const path = (id: string) => `/api/evictions/${encodeURIComponent(id)}`;

async function current(id: string): Promise<EvictionDetail> {
  return (await api(path(id), { schema: evictionResponseSchema })).eviction;
}

/**
 * The first save of a new record. The Idempotency-Key was made once by the form and kept on the
 * device with this exact body, so a resend after a lost answer gets the first record back instead
 * of creating a second one.
 */
export async function createEvictionAction(input: {
  idempotencyKey: string;
  body: Record<string, unknown>;
}): Promise<Result> {
  try {
    const { eviction } = await api('/api/evictions', {
      method: 'POST',
      body: input.body,
      headers: { 'idempotency-key': input.idempotencyKey },
      schema: evictionResponseSchema,
    });
    return saved(eviction);
  } catch (error) {
    return failure<SavedEviction>(error);
  }
}

/**
 * Saves the whole record over the version the form last saw. A stale version on the author's own
 * draft means an earlier save arrived but its answer was lost on the way back (the phone went
 * offline): the form holds everything typed since, so it is saved over the newer version. Anyone
 * else's change, or a record already submitted, is a real conflict left to the person.
 */
export async function updateEvictionAction(input: {
  id: string;
  version: number;
  body: Record<string, unknown>;
}): Promise<Result> {
  const put = async (version: number) =>
    saved(
      (
        await api(path(input.id), {
          method: 'PUT',
          body: { ...input.body, version },
          schema: evictionResponseSchema,
        })
      ).eviction,
    );
  try {
    return await put(input.version);
  } catch (error) {
    if (!isApiError(error) || error.code !== 'CONFLICT') return failure<SavedEviction>(error);
    try {
      const [stored, me] = await Promise.all([current(input.id), getMe()]);
      if (stored.status !== 'draft' || stored.author.id !== me.user.id) return failure<SavedEviction>(error);
      return await put(stored.version);
    } catch (retryError) {
      return failure<SavedEviction>(retryError);
    }
  }
}

/** Draft → submitted, once: a repeat (the first answer was lost) finds it submitted and says so. */
export async function submitEvictionAction(id: string): Promise<Result> {
  try {
    const { eviction } = await api(`${path(id)}/submit`, { method: 'POST', schema: evictionResponseSchema });
    return saved(eviction);
  } catch (error) {
    if (isApiError(error) && error.code === 'CONFLICT') {
      const stored = await current(id).catch(() => null);
      if (stored && stored.status !== 'draft') return saved(stored);
    }
    return failure<SavedEviction>(error);
  }
}
