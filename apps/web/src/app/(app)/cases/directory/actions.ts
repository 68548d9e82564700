'use server';

import { partnerResponseSchema } from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { splitList } from '@/lib/cases/person-fields';
import { failure, submitted, text, type FormState } from '@/lib/forms';

const FIELDS = ['name', 'kind', 'languages', 'contact', 'notes'];

/**
 * The form as the API's partner body: '' clears contact and notes; unticked boxes are false. An edit
 * sends the restricted notes only when they changed, so a reader who was not shown them never
 * clears them by saving.
 */
function partnerBody(formData: FormData, edit: boolean) {
  const orNull = (name: string) => text(formData, name).trim() || null;
  const notesChanged = !edit || text(formData, 'notes') !== text(formData, 'notesBefore');
  return {
    name: text(formData, 'name'),
    kind: text(formData, 'kind'),
    languages: splitList(text(formData, 'languages')),
    takesLegalAid: formData.has('takesLegalAid'),
    contact: orNull('contact'),
    ...(notesChanged ? { notes: orNull('notes') } : {}),
    ...(edit ? { active: formData.has('active') } : {}),
  };
}

/** Adds a partner organisation or solicitor to the directory, or changes one (coordinators). */
export async function savePartnerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const partnerId = text(formData, 'partnerId');
  if (partnerId && !isUuid(partnerId)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await api(partnerId ? `/api/partners/${partnerId}` : '/api/partners', {
      method: partnerId ? 'PATCH' : 'POST',
      body: partnerBody(formData, Boolean(partnerId)),
      schema: partnerResponseSchema,
    });
  } catch (error) {
    return failure(error, submitted(formData, FIELDS));
  }
  revalidatePath('/cases/directory');
  return { status: 'success' };
}
