'use server';

import { deadlineResponseSchema, noteResponseSchema, referralResponseSchema } from '@vigil/contracts';
import { getTimeZone } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { writeForCase } from '@/lib/cases/case-write';
import { text, type FormState } from '@/lib/forms';
import { fromLocalInput } from '@/lib/incidents/zoned-time';

/** A deadline or task; the due time is wall-clock time in the instance's zone. */
export async function addDeadlineAction(_state: FormState, formData: FormData): Promise<FormState> {
  const dueAt = text(formData, 'dueAt').trim();
  const assigneeId = text(formData, 'assigneeId');
  return writeForCase(formData, ['kind', 'title', 'dueAt', 'assigneeId'], async (id) =>
    api(`/api/cases/${id}/deadlines`, {
      method: 'POST',
      body: {
        kind: text(formData, 'kind'),
        title: text(formData, 'title'),
        dueAt: dueAt ? fromLocalInput(dueAt, await getTimeZone()) : '',
        ...(assigneeId ? { assigneeId } : {}),
      },
      schema: deadlineResponseSchema,
    }),
  );
}

/** Done / not done; also used by the deadline overview, which is shown again as well. */
export async function toggleDeadlineAction(_state: FormState, formData: FormData): Promise<FormState> {
  const deadlineId = text(formData, 'deadlineId');
  if (!isUuid(deadlineId)) return { status: 'error', code: 'NOT_FOUND' };
  const result = await writeForCase(formData, [], () =>
    api(`/api/case-deadlines/${deadlineId}`, {
      method: 'PATCH',
      body: { done: text(formData, 'done') === 'true' },
      schema: deadlineResponseSchema,
    }),
  );
  revalidatePath('/cases/deadlines');
  return result;
}

/** Notes are timestamped and sealed; they are never edited, only added. */
export async function addNoteAction(_state: FormState, formData: FormData): Promise<FormState> {
  return writeForCase(formData, ['body'], (id) =>
    api(`/api/cases/${id}/notes`, {
      method: 'POST',
      body: { body: text(formData, 'body') },
      schema: noteResponseSchema,
    }),
  );
}

/** A referral that shares personal data is refused by the API unless the person's consent covers it. */
export async function createReferralAction(_state: FormState, formData: FormData): Promise<FormState> {
  return writeForCase(formData, ['partnerId', 'reason', 'sharesPersonalData'], (id) =>
    api(`/api/cases/${id}/referrals`, {
      method: 'POST',
      body: {
        partnerId: text(formData, 'partnerId'),
        sharesPersonalData: text(formData, 'sharesPersonalData') === 'on',
        reason: text(formData, 'reason'),
      },
      schema: referralResponseSchema,
    }),
  );
}

export async function updateReferralAction(_state: FormState, formData: FormData): Promise<FormState> {
  const referralId = text(formData, 'referralId');
  if (!isUuid(referralId)) return { status: 'error', code: 'NOT_FOUND' };
  return writeForCase(formData, ['status'], (id) =>
    api(`/api/cases/${id}/referrals/${referralId}`, {
      method: 'PATCH',
      body: { status: text(formData, 'status') },
      schema: referralResponseSchema,
    }),
  );
}
