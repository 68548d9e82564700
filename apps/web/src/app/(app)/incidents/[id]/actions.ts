'use server';

import { incidentResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { failure, submitted, text, type FormState } from '@/lib/forms';

/** Sets the verification status; the API refuses the author (403) and a stale version (409). */
export async function reviewIncidentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, 'incidentId');
  try {
    await api(`/api/incidents/${encodeURIComponent(id)}/review`, {
      method: 'POST',
      body: {
        verificationStatus: text(formData, 'verificationStatus'),
        version: Number(text(formData, 'version')),
      },
      schema: incidentResponseSchema,
    });
  } catch (error) {
    return failure(error, submitted(formData, ['verificationStatus']));
  }
  revalidatePath(`/incidents/${id}`);
  return { status: 'success' };
}
