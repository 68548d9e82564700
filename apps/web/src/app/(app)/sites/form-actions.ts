'use server';

import { siteResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';

/**
 * Registers (id null) or updates a site. The body is built in the browser from the form's state
 * and checked by the API, whose field errors come back keyed by field for the form to show.
 */
export async function saveSiteAction(input: {
  id: string | null;
  body: Record<string, unknown>;
}): Promise<FormState> {
  let id: string;
  try {
    const { site } = input.id
      ? await api(`/api/sites/${encodeURIComponent(input.id)}`, {
          method: 'PUT',
          body: input.body,
          schema: siteResponseSchema,
        })
      : await api('/api/sites', { method: 'POST', body: input.body, schema: siteResponseSchema });
    id = site.id;
  } catch (error) {
    return failure(error);
  }
  revalidatePath('/sites');
  redirect(`/sites/${id}`);
}
