import type { contactChannelSchema } from '@vigil/contracts';
import type { z } from 'zod';

/** Client-safe helpers for a person's fields as typed in the forms. */

type ContactKind = z.input<typeof contactChannelSchema>['kind'];
export const CONTACT_KINDS = [
  'phone',
  'whatsapp',
  'signal',
  'telegram',
  'email',
  'other',
] as const satisfies readonly ContactKind[];
export type AllContactKinds = [Exclude<ContactKind, (typeof CONTACT_KINDS)[number]>] extends [never]
  ? true
  : never;
export const ALL_CONTACT_KINDS: AllContactKinds = true;

export interface ContactDraft {
  kind: ContactKind;
  value: string;
}

/** "Arabic, French" → ['Arabic', 'French']; empty parts dropped, duplicates once. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    ),
  ];
}

/** Contact lines with a value; none at all → null (nothing stored). */
export function contactsBody(
  contacts: readonly ContactDraft[],
): { kind: ContactKind; value: string }[] | null {
  const kept = contacts
    .map((contact) => ({ kind: contact.kind, value: contact.value.trim() }))
    .filter((contact) => contact.value !== '');
  return kept.length > 0 ? kept : null;
}

export interface ConsentDraft {
  scopes: string[];
  language: string;
  /** YYYY-MM-DD, as the date input holds it. */
  date: string;
}

export const EMPTY_CONSENT: ConsentDraft = { scopes: [], language: '', date: '' };

/**
 * The consent as the API takes it. It is dated to the day it was given: midnight of that day in the
 * instance's zone (`toInstant` turns wall-clock time there into ISO 8601). An unreadable date goes
 * as typed, for the API to point at.
 */
export function consentBody(consent: ConsentDraft, toInstant: (local: string) => string) {
  const givenAt = /^\d{4}-\d{2}-\d{2}$/.test(consent.date)
    ? toInstant(`${consent.date}T00:00`)
    : consent.date;
  return { scopes: consent.scopes, language: consent.language, givenAt };
}
