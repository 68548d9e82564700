'use server';

import { incidentResponseSchema } from '@vigil/contracts';
import { redirect } from 'next/navigation';
import { api } from '@/lib/api/client';
import { failure, type FormState } from '@/lib/forms';

/**
 * Creates (id null) or saves a new version of an incident. The body is built in the browser from
 * the form's state and checked by the API, whose field errors come back keyed by their path
 * (acts.0.actTypeId) for the form to show beside the right control.
 */
export async function saveIncidentAction(input: {
  id: string | null;
  version: number | null;
  body: Record<string, unknown>;
}): Promise<FormState> {
  let id: string;
  try {
    const { incident } = input.id
      ? await api(`/api/incidents/${encodeURIComponent(input.id)}`, {
          method: 'PUT',
          body: { ...input.body, version: input.version },
          schema: incidentResponseSchema,
        })
      : await api('/api/incidents', { method: 'POST', body: input.body, schema: incidentResponseSchema });
    id = incident.id;
  } catch (error) {
    return failure(error);
  }
  redirect(`/incidents/${id}?saved=1`);
}
