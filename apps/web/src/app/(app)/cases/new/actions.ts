'use server';

import { caseResponseSchema, personListResponseSchema } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';
import { optional } from '@/lib/supplies/fetch';

export interface PersonChoice {
  id: string;
  alias: string;
  ageRange: string | null;
  openCases: number;
}

/** People the reader may reach whose alias matches: the "existing person" picker. */
export async function searchPeopleAction(q: string): Promise<PersonChoice[] | null> {
  if (typeof q !== 'string' || q.trim().length === 0) return [];
  const found = await optional(() =>
    api('/api/people', { schema: personListResponseSchema, query: { q: q.trim().slice(0, 80), limit: 20 } }),
  );
  return (
    found?.people
      .filter((person) => !person.erased)
      .map(({ id, alias, ageRange, openCases }) => ({ id, alias, ageRange, openCases })) ?? null
  );
}

/**
 * Opens a case (and registers the person with their consent when new). The Idempotency-Key is made
 * by the form once per attempt, so a retried submission never opens the case twice.
 */
export async function createCaseAction(
  idempotencyKey: string,
  body: Record<string, unknown>,
): Promise<FormState<{ id: string; href: string }>> {
  if (typeof idempotencyKey !== 'string') return { status: 'error', code: 'VALIDATION_FAILED' };
  try {
    const { case: created } = await api('/api/cases', {
      method: 'POST',
      body,
      schema: caseResponseSchema,
      headers: { 'idempotency-key': idempotencyKey },
    });
    return { status: 'success', data: { id: created.id, href: `/cases/${created.id}` } };
  } catch (error) {
    return failure(error);
  }
}
