'use server';

import { distributionListResponseSchema, distributionResponseSchema } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { isApiError } from '@/lib/api/errors';
import { failure, type FormState } from '@/lib/forms';
import {
  distributionFilter,
  DISTRIBUTION_PAGE_SIZE,
  type DistributionRow,
} from '@/lib/supplies/distributions';
import { paramsToSearch } from '@/lib/filters/query-filter';

const STEPS = ['pack', 'distribute', 'returns', 'cancel'] as const;
export type DistributionStep = (typeof STEPS)[number];

/**
 * One step of a distribution's life (planned → packed → distributed → returns counted, or cancelled),
 * over the version the page showed: a stale page gets a 409 rather than undoing someone's step. The
 * Idempotency-Key makes a resent step (lost answer) count once.
 */
export async function distributionStepAction(
  id: string,
  step: DistributionStep,
  key: string,
  body: Record<string, unknown>,
): Promise<FormState<{ status: string }>> {
  if (!isUuid(id) || !STEPS.includes(step)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    const { distribution } = await api(`/api/supplies/distributions/${id}/${step}`, {
      method: 'POST',
      body,
      schema: distributionResponseSchema,
      headers: { 'idempotency-key': key },
    });
    return { status: 'success', data: { status: distribution.status } };
  } catch (error) {
    return failure<{ status: string }>(error);
  }
}

/**
 * Changes a planned distribution (place, site, need, time, note, list) over the version its edit
 * page showed: someone else's change in between, or a distribution packed meanwhile, is a 409.
 */
export async function updateDistributionAction(
  id: string,
  body: Record<string, unknown>,
): Promise<FormState<{ id: string; href: string }>> {
  if (!isUuid(id)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await api(`/api/supplies/distributions/${id}`, {
      method: 'PUT',
      body,
      schema: distributionResponseSchema,
    });
  } catch (error) {
    return failure<{ id: string; href: string }>(error);
  }
  return { status: 'success', data: { id, href: `/supplies/distributions/${id}` } };
}

/** The next page of the distribution list under the same filter, for "load more". */
export async function loadMoreDistributions(
  queryString: string,
  cursor: string,
): Promise<{ rows: DistributionRow[]; nextCursor: string | null } | { error: true }> {
  const filter = distributionFilter.read(paramsToSearch(new URLSearchParams(queryString)));
  try {
    const page = await api('/api/supplies/distributions', {
      schema: distributionListResponseSchema,
      query: { ...distributionFilter.toRecord(filter), cursor, limit: DISTRIBUTION_PAGE_SIZE },
    });
    return { rows: page.distributions, nextCursor: page.nextCursor };
  } catch (error) {
    if (!isApiError(error)) throw error;
    return { error: true };
  }
}
