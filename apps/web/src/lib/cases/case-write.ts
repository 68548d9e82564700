import { revalidatePath } from 'next/cache';
import { isUuid } from '@/lib/api/ids';
import { failure, submitted, text, type FormState } from '@/lib/forms';

/**
 * Runs one write for the case (or person) a form names in its hidden `idField`, and shows its page
 * again. A refusal comes back as form state with what was typed in `fields`.
 */
export async function writeFor(
  formData: FormData,
  target: { idField: 'caseId' | 'personId'; path: (id: string) => string },
  fields: readonly string[],
  write: (id: string) => Promise<unknown>,
): Promise<FormState> {
  const id = text(formData, target.idField);
  if (!isUuid(id)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await write(id);
  } catch (error) {
    return failure(error, submitted(formData, fields));
  }
  revalidatePath(target.path(id));
  return { status: 'success' };
}

const CASE = { idField: 'caseId', path: (id: string) => `/cases/${id}` } as const;
export const PERSON = { idField: 'personId', path: (id: string) => `/cases/people/${id}` } as const;

export function writeForCase(
  formData: FormData,
  fields: readonly string[],
  write: (caseId: string) => Promise<unknown>,
): Promise<FormState> {
  return writeFor(formData, CASE, fields, write);
}
