import { z } from 'zod';
import {
  AGE_RANGES,
  CONSENT_SCOPES,
  GENDERS,
  PERSON_PERSONAL_FIELDS,
  SENSITIVITY_FLAGS,
} from './enums/casework';
import { dateTime, calendarDay } from './common';

/**
 * People the collective supports. Pseudonymous by default: lists and details carry the alias and
 * coded fields only. Legal name, date of birth, contacts and notes are sealed at rest and come back
 * only from the "personal" read, which is audited field by field.
 */

const alias = z.string().trim().min(1).max(80);
const language = z.string().trim().min(2).max(40);
export const ageRangeSchema = z.enum(AGE_RANGES);
export const genderSchema = z.enum(GENDERS);
export const sensitivityFlagSchema = z.enum(SENSITIVITY_FLAGS);
export const consentScopeSchema = z.enum(CONSENT_SCOPES);
export const personPersonalFieldSchema = z.enum(PERSON_PERSONAL_FIELDS);
/** A calendar date, YYYY-MM-DD. */
export const calendarDateSchema = calendarDay;

export const contactChannelSchema = z.strictObject({
  kind: z.enum(['phone', 'whatsapp', 'signal', 'telegram', 'email', 'other']),
  value: z.string().trim().min(1).max(200),
  note: z.string().trim().max(200).nullable().optional(),
});

export const consentBodySchema = z.strictObject({
  scopes: z.array(consentScopeSchema).min(1).max(CONSENT_SCOPES.length),
  /** The language the consent was explained in. */
  language,
  givenAt: dateTime,
});

const personFields = {
  alias,
  legalName: z.string().trim().min(1).max(200).nullable().optional(),
  dateOfBirth: calendarDateSchema.nullable().optional(),
  ageRange: ageRangeSchema.nullable().optional(),
  gender: genderSchema.nullable().optional(),
  nationality: z.string().trim().min(2).max(60).nullable().optional(),
  languages: z.array(language).max(10).optional(),
  contacts: z.array(contactChannelSchema).max(10).nullable().optional(),
  notes: z.string().trim().max(10_000).nullable().optional(),
  sensitivity: z.array(sensitivityFlagSchema).max(SENSITIVITY_FLAGS.length).optional(),
};

/**
 * A person is registered with their consent: what they agreed to, when, in which language. Contacts
 * are stored only when the consent covers `store_contact`. A date of birth under 18 years ago (or an
 * age range under 18) implies the `minor` sensitivity flag, whatever `sensitivity` says, and whoever
 * sets a sensitivity flag is put on the person's access list so they keep seeing what they entered.
 */
export const createPersonBodySchema = z.strictObject({ ...personFields, consent: consentBodySchema });
export const updatePersonBodySchema = z
  .strictObject({ ...personFields, alias: alias.optional(), version: z.number().int().min(1) })
  .refine((body) => Object.keys(body).length > 1, { message: 'Nothing to change' });

export const consentParamsSchema = z.object({ id: z.uuid(), consentId: z.uuid() });
export const grantParamsSchema = z.object({ id: z.uuid(), userId: z.uuid() });

export const personListQuerySchema = z.strictObject({
  q: z.string().trim().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export const personalReadQuerySchema = z.strictObject({
  /** Comma-separated subset of the personal fields; all of them when absent. */
  fields: z
    .string()
    .max(200)
    .transform((value) =>
      value
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
    )
    .pipe(z.array(personPersonalFieldSchema).min(1))
    .optional(),
});

export const consentViewSchema = z.object({
  id: z.uuid(),
  scopes: z.array(consentScopeSchema),
  language: z.string(),
  givenAt: dateTime,
  explainedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  withdrawnAt: dateTime.nullable(),
});

export const personSummarySchema = z.object({
  id: z.uuid(),
  alias: z.string(),
  ageRange: ageRangeSchema.nullable(),
  gender: genderSchema.nullable(),
  sensitivity: z.array(sensitivityFlagSchema),
  openCases: z.number().int(),
  erased: z.boolean(),
});

export const personDetailSchema = personSummarySchema.extend({
  nationality: z.string().nullable(),
  languages: z.array(z.string()),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
  /** Which personal fields hold a value (never the values): the dashboard offers to reveal them. */
  personalFieldsSet: z.array(personPersonalFieldSchema),
  /** Whether this reader may reveal them (role, and the access list when a sensitivity flag is set). */
  canReadPersonal: z.boolean(),
  consents: z.array(consentViewSchema),
  /**
   * Consent scopes currently in force: those of the latest consent, none once it is withdrawn (a new
   * consent supersedes the older ones, which do not come back into force). Withdrawing `store_contact`
   * keeps stored contacts until someone removes them: the dashboard compares this with
   * personalFieldsSet and asks.
   */
  consentScopes: z.array(consentScopeSchema),
  cases: z.array(z.object({ id: z.uuid(), reference: z.string(), type: z.string(), status: z.string() })),
});

export const personPersonalSchema = z.object({
  legalName: z.string().nullable().optional(),
  dateOfBirth: z.string().nullable().optional(),
  contacts: z.array(contactChannelSchema).nullable().optional(),
  notes: z.string().nullable().optional(),
});

export const personListResponseSchema = z.object({
  people: z.array(personSummarySchema),
  nextCursor: z.string().nullable(),
});
export const personResponseSchema = z.object({ person: personDetailSchema });
export const personPersonalResponseSchema = z.object({ personal: personPersonalSchema });

export const accessGrantBodySchema = z.strictObject({
  userId: z.uuid(),
  reason: z.string().trim().min(3).max(500),
});
export const accessGrantListResponseSchema = z.object({
  grants: z.array(
    z.object({
      user: z.object({ id: z.uuid(), displayName: z.string(), role: z.string() }),
      reason: z.string(),
      grantedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
      grantedAt: dateTime,
    }),
  ),
});

export const personAccessLogQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** The id of the last event of the previous page. */
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, 'Not a cursor from a previous page')
    .optional(),
});

/** Who read or changed this person's data: from the audit log, never the values. */
export const personAccessLogResponseSchema = z.object({
  events: z.array(
    z.object({
      at: dateTime,
      action: z.string(),
      fields: z.array(z.string()),
      actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
      caseId: z.string().nullable(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const forgetPersonBodySchema = z.strictObject({
  reason: z.string().trim().min(3).max(500),
  /** Typed by the coordinator as a confirmation that they erase the right person. */
  confirmAlias: z.string().trim().min(1).max(80),
});

export type CreatePersonBody = z.input<typeof createPersonBodySchema>;
export type CreatePersonInput = z.output<typeof createPersonBodySchema>;
export type UpdatePersonInput = z.output<typeof updatePersonBodySchema>;
export type ConsentInput = z.output<typeof consentBodySchema>;
export type ContactChannel = z.output<typeof contactChannelSchema>;
export type PersonSummary = z.output<typeof personSummarySchema>;
export type PersonDetail = z.output<typeof personDetailSchema>;

// ---------- links from incident victims to the person (linked, never copied) ----------

const incidentRefSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  startAt: dateTime,
});

export const personIncidentLinkSchema = z.object({
  victimId: z.uuid(),
  /** The pseudonym the incident record uses for them. */
  victimAlias: z.string(),
  incident: incidentRefSchema,
});
export const personIncidentLinksResponseSchema = z.object({ links: z.array(personIncidentLinkSchema) });

export const personIncidentLinkParamsSchema = z.object({ id: z.uuid(), victimId: z.uuid() });

export const incidentVictimCandidatesQuerySchema = z.strictObject({
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^INC-\d{4}-\d{6}$/, 'An incident reference looks like INC-2026-000123'),
});
export const incidentVictimCandidatesResponseSchema = z.object({
  incident: incidentRefSchema,
  victims: z.array(
    z.object({
      id: z.uuid(),
      alias: z.string(),
      isGroup: z.boolean(),
      count: z.number().int(),
      /** linked to this person, to another person (whom the reader may not reach), or to nobody */
      link: z.enum(['this_person', 'another_person', 'none']),
    }),
  ),
});

export type PersonIncidentLink = z.output<typeof personIncidentLinkSchema>;
export type IncidentVictimCandidates = z.output<typeof incidentVictimCandidatesResponseSchema>;
