'use server';

import { siteResponseSchema } from '@vigil/contracts';
import { getTimeZone } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { failure, submitted, text, type FormState } from '@/lib/forms';
import { fromLocalInput } from '@/lib/incidents/zoned-time';

const STATUS_FIELDS = ['status', 'at', 'note'];
const POPULATION_FIELDS = ['at', 'people', 'minors', 'women', 'families', 'communities', 'languages'];

/** `datetime-local` in the instance's zone → ISO; empty → "now" (the API's default). */
async function when(formData: FormData): Promise<string | undefined> {
  const value = text(formData, 'at').trim();
  return value ? fromLocalInput(value, await getTimeZone()) : undefined;
}

/** '' → null, a whole number, or the text for the API to refuse beside its field. */
function count(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A dated, attributed status transition: appended to the history, never rewriting it. */
export async function changeSiteStatusAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, 'siteId');
  try {
    await api(`/api/sites/${encodeURIComponent(id)}/status`, {
      method: 'POST',
      body: {
        status: text(formData, 'status'),
        at: await when(formData),
        note: text(formData, 'note').trim() || null,
      },
      schema: siteResponseSchema,
    });
  } catch (error) {
    return failure(error, submitted(formData, STATUS_FIELDS));
  }
  revalidatePath(`/sites/${id}`);
  return { status: 'success' };
}

/** A dated headcount estimate: counts only, communities and languages coarse. */
export async function addPopulationAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = text(formData, 'siteId');
  try {
    await api(`/api/sites/${encodeURIComponent(id)}/population`, {
      method: 'POST',
      body: {
        at: await when(formData),
        people: count(text(formData, 'people')) ?? '',
        minors: count(text(formData, 'minors')),
        women: count(text(formData, 'women')),
        families: count(text(formData, 'families')),
        communities: list(text(formData, 'communities')),
        languages: list(text(formData, 'languages')),
      },
      schema: siteResponseSchema,
    });
  } catch (error) {
    return failure(error, submitted(formData, POPULATION_FIELDS));
  }
  revalidatePath(`/sites/${id}`);
  return { status: 'success' };
}
