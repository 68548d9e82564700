'use server';

import { caseResponseSchema } from '@vigil/contracts';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { writeForCase } from '@/lib/cases/case-write';
import { text, type FormState } from '@/lib/forms';

/** Text fields a case form may send; '' clears a field (null). */
const CASE_TEXT_FIELDS = [
  'summary',
  'legalArguments',
  'personDecision',
  'status',
  'outcome',
  'waitingOn',
  'lawyerId',
  'interpreter',
  'interpretedIn',
] as const;

/**
 * Any change to the case record (sealed texts, status and outcome, lawyer, interpreter) over the
 * version shown: a stale page gets a 409, never a silent overwrite. Only the fields the form holds go.
 */
export async function updateCaseAction(_state: FormState, formData: FormData): Promise<FormState> {
  const body: Record<string, unknown> = { version: Number(text(formData, 'version')) };
  const sent = CASE_TEXT_FIELDS.filter((name) => formData.has(name));
  for (const name of sent) {
    const value = text(formData, name).trim();
    // Status is never cleared; the rest are.
    body[name] = value === '' ? (name === 'status' ? undefined : null) : value;
  }
  return writeForCase(formData, sent, (id) =>
    api(`/api/cases/${id}`, { method: 'PATCH', body, schema: caseResponseSchema }),
  );
}

/** The assigned caseworkers, as a whole list (coordinators). */
export async function setAssignmentsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const userIds = formData.getAll('userIds').filter((value): value is string => typeof value === 'string');
  return writeForCase(formData, [], (id) =>
    api(`/api/cases/${id}/assignments`, {
      method: 'PUT',
      body: { userIds, version: Number(text(formData, 'version')) },
      schema: caseResponseSchema,
    }),
  );
}

/** Flags need a reason to set and a reason to clear; both stay in the case history. */
export async function setFlagAction(_state: FormState, formData: FormData): Promise<FormState> {
  return writeForCase(formData, ['flag', 'reason'], (id) =>
    api(`/api/cases/${id}/flags`, {
      method: 'POST',
      body: { flag: text(formData, 'flag'), reason: text(formData, 'reason') },
      schema: caseResponseSchema,
    }),
  );
}

export async function clearFlagAction(_state: FormState, formData: FormData): Promise<FormState> {
  const flagId = text(formData, 'flagId');
  if (!isUuid(flagId)) return { status: 'error', code: 'NOT_FOUND' };
  return writeForCase(formData, ['reason'], (id) =>
    api(`/api/cases/${id}/flags/${flagId}/clear`, {
      method: 'POST',
      body: { reason: text(formData, 'reason') },
      schema: caseResponseSchema,
    }),
  );
}
