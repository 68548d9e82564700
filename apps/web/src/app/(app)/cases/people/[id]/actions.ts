'use server';

import {
  accessGrantListResponseSchema,
  forgetPersonResponseSchema,
  personIncidentLinksResponseSchema,
  personPersonalResponseSchema,
  personResponseSchema,
} from '@vigil/contracts';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { api } from '@/lib/api/client';
import { isUuid } from '@/lib/api/ids';
import { PERSON, writeFor } from '@/lib/cases/case-write';
import { failure, text, type FormState } from '@/lib/forms';

export type Personal = z.output<typeof personPersonalResponseSchema>['personal'];

/**
 * Decrypts the person's personal fields, on the reader's explicit request only: the API writes the
 * read to the audit log, and the values live in the browser's memory until the page is left.
 */
export async function revealPersonalAction(personId: string): Promise<FormState<Personal>> {
  if (!isUuid(personId)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    const { personal } = await api(`/api/people/${personId}/personal`, {
      schema: personPersonalResponseSchema,
    });
    revalidatePath(`/cases/people/${personId}`);
    return { status: 'success', data: personal };
  } catch (error) {
    return failure(error);
  }
}

/** A write whose body a client form built (JSON with arrays), for the person named. */
async function writeJson(personId: string, write: () => Promise<unknown>): Promise<FormState> {
  if (!isUuid(personId)) return { status: 'error', code: 'NOT_FOUND' };
  try {
    await write();
  } catch (error) {
    return failure(error);
  }
  revalidatePath(`/cases/people/${personId}`);
  return { status: 'success' };
}

/** A change to the person over the version shown (a stale page gets a 409). */
export async function updatePersonAction(
  personId: string,
  body: Record<string, unknown>,
): Promise<FormState> {
  return writeJson(personId, () =>
    api(`/api/people/${personId}`, { method: 'PATCH', body, schema: personResponseSchema }),
  );
}

/** A new consent supersedes the previous one. */
export async function addConsentAction(personId: string, body: Record<string, unknown>): Promise<FormState> {
  return writeJson(personId, () =>
    api(`/api/people/${personId}/consents`, { method: 'POST', body, schema: personResponseSchema }),
  );
}

export async function withdrawConsentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const consentId = text(formData, 'consentId');
  if (!isUuid(consentId)) return { status: 'error', code: 'NOT_FOUND' };
  return writeFor(formData, PERSON, [], (id) =>
    api(`/api/people/${id}/consents/${consentId}/withdraw`, { method: 'POST', schema: personResponseSchema }),
  );
}

/** The access list of a person with a sensitivity flag: who may see their personal details. */
export async function addGrantAction(_state: FormState, formData: FormData): Promise<FormState> {
  return writeFor(formData, PERSON, ['userId', 'reason'], (id) =>
    api(`/api/people/${id}/grants`, {
      method: 'POST',
      body: { userId: text(formData, 'userId'), reason: text(formData, 'reason') },
      schema: accessGrantListResponseSchema,
    }),
  );
}

export async function removeGrantAction(_state: FormState, formData: FormData): Promise<FormState> {
  const userId = text(formData, 'userId');
  if (!isUuid(userId)) return { status: 'error', code: 'NOT_FOUND' };
  return writeFor(formData, PERSON, [], (id) =>
    api(`/api/people/${id}/grants/${userId}`, { method: 'DELETE', schema: accessGrantListResponseSchema }),
  );
}

/** Erases the person's personal data, notes and documents now; the coordinator types the alias. */
export async function forgetPersonAction(_state: FormState, formData: FormData): Promise<FormState> {
  return writeFor(formData, PERSON, ['reason', 'confirmAlias'], (id) =>
    api(`/api/people/${id}/forget`, {
      method: 'POST',
      body: { reason: text(formData, 'reason'), confirmAlias: text(formData, 'confirmAlias') },
      schema: forgetPersonResponseSchema,
    }),
  );
}

/** Links an incident's pseudonymous victim to this person (picked from the incident's victims). */
export async function linkIncidentVictimAction(_state: FormState, formData: FormData): Promise<FormState> {
  return incidentLinkWrite(formData, 'PUT');
}

export async function unlinkIncidentVictimAction(_state: FormState, formData: FormData): Promise<FormState> {
  return incidentLinkWrite(formData, 'DELETE');
}

function incidentLinkWrite(formData: FormData, method: 'PUT' | 'DELETE'): Promise<FormState> {
  const victimId = text(formData, 'victimId');
  if (!isUuid(victimId)) return Promise.resolve({ status: 'error', code: 'NOT_FOUND' });
  return writeFor(formData, PERSON, [], (id) =>
    api(`/api/people/${id}/incident-links/${victimId}`, { method, schema: personIncidentLinksResponseSchema }),
  );
}
