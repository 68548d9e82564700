'use server';

import { siteResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';

/**
 * Registers (id null, with the attempt's Idempotency-Key) or updates a site (the body names the
 * version the form was opened on). The body is built in the browser from the form's state and
 * checked by the API, whose field errors come back keyed by field for the form to show.
 */
export async function saveSiteAction(
  input:
    | { id: string; body: Record<string, unknown> }
    | { id: null; body: Record<string, unknown>; idempotencyKey: string },
): Promise<FormState> {
  if (input.id === null && typeof input.idempotencyKey !== 'string')
    return { status: 'error', code: 'VALIDATION_FAILED' };
  let id: string;
  try {
    const { site } =
      input.id !== null
        ? await api(`/api/sites/${encodeURIComponent(input.id)}`, {
            method: 'PUT',
            body: input.body,
            schema: siteResponseSchema,
          })
        : await api('/api/sites', {
            method: 'POST',
            body: input.body,
            schema: siteResponseSchema,
            headers: { 'idempotency-key': input.idempotencyKey },
          });
    id = site.id;
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/sites');
  redirect(`/sites/${id}`);
}
