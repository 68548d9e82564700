import { z } from 'zod';
import { CASE_OUTCOMES, CASE_SORTS, CASE_STATUSES, CASE_TYPES, REFERRAL_STATUSES } from './enums/casework';
import { createPersonBodySchema } from './casework-people';
import { dateTime } from './common';
import { roleSchema } from './roles';

/**
 * Cases: one person's matter (an asylum claim, a detention, a police complaint…). The summary, legal
 * arguments and the person's own decision are sealed texts, read and audited like personal fields.
 */

export const caseTypeSchema = z.enum(CASE_TYPES);
export const caseStatusSchema = z.enum(CASE_STATUSES);
export const caseOutcomeSchema = z.enum(CASE_OUTCOMES);
export const referralStatusSchema = z.enum(REFERRAL_STATUSES);

const sealedText = z.string().trim().max(20_000).nullable().optional();
const shortCode = z.string().trim().min(1).max(80);
const userRef = z.object({ id: z.uuid(), displayName: z.string() });
const version = z.number().int().min(1);

const caseFields = {
  type: caseTypeSchema,
  summary: sealedText,
  legalArguments: sealedText,
  personDecision: sealedText,
  lawyerId: z.uuid().nullable().optional(),
  interpreter: z.string().trim().max(80).nullable().optional(),
  interpretedIn: z.string().trim().max(40).nullable().optional(),
  /** A police complaint links the incident it is about. */
  incidentId: z.uuid().nullable().optional(),
};

/** A case for a registered person (personId) or for a person registered in the same request. */
export const createCaseBodySchema = z
  .strictObject({
    ...caseFields,
    personId: z.uuid().optional(),
    person: createPersonBodySchema.optional(),
    /** Caseworkers to assign; a caseworker who opens a case is assigned to it. */
    assigneeIds: z.array(z.uuid()).max(10).optional(),
  })
  .refine((body) => (body.personId ? !body.person : !!body.person), {
    message: 'Give either personId or person',
    path: ['personId'],
  });

export const updateCaseBodySchema = z.strictObject({
  ...caseFields,
  type: caseTypeSchema.optional(),
  status: caseStatusSchema.optional(),
  /** Required when status becomes closed. */
  outcome: caseOutcomeSchema.nullable().optional(),
  waitingOn: z.string().trim().max(120).nullable().optional(),
  version,
});

export const caseListQuerySchema = z.strictObject({
  /** mine: cases I am assigned to (or the lawyer of); all: every case I may reach. */
  scope: z.enum(['mine', 'all']).default('mine'),
  /** Without a status, the cases still in progress (every status but closed). */
  status: z.union([caseStatusSchema, z.array(caseStatusSchema)]).optional(),
  type: z.union([caseTypeSchema, z.array(caseTypeSchema)]).optional(),
  assigneeId: z.uuid().optional(),
  unassigned: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  flag: shortCode.optional(),
  /** Alias or case reference. */
  q: z.string().trim().max(80).optional(),
  sort: z.enum(CASE_SORTS).default('updated_desc'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** Keyset cursor from the previous page: valid for the same sort only. */
  cursor: z.string().max(200).optional(),
});

export const caseSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: caseTypeSchema,
  status: caseStatusSchema,
  outcome: caseOutcomeSchema.nullable(),
  person: z.object({ id: z.uuid(), alias: z.string(), sensitivity: z.array(z.string()) }),
  assignees: z.array(userRef),
  lawyer: userRef.nullable(),
  openFlags: z.array(z.string()),
  nextDeadline: z.object({ id: z.uuid(), title: z.string(), kind: z.string(), dueAt: dateTime }).nullable(),
  openedAt: dateTime,
  updatedAt: dateTime,
});

export const caseFlagViewSchema = z.object({
  id: z.uuid(),
  flag: z.string(),
  setReason: z.string(),
  setBy: userRef.nullable(),
  setAt: dateTime,
  clearReason: z.string().nullable(),
  clearedBy: userRef.nullable(),
  clearedAt: dateTime.nullable(),
});

export const referralViewSchema = z.object({
  id: z.uuid(),
  partner: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  sharesPersonalData: z.boolean(),
  reason: z.string(),
  status: referralStatusSchema,
  createdBy: userRef.nullable(),
  createdAt: dateTime,
});

export const caseDetailSchema = caseSummarySchema.extend({
  waitingOn: z.string().nullable(),
  interpreter: z.string().nullable(),
  interpretedIn: z.string().nullable(),
  /** The linked incident; its title only for readers of incidents (caseworkers see the reference). */
  incident: z.object({ id: z.uuid(), reference: z.string(), title: z.string().nullable() }).nullable(),
  closedAt: dateTime.nullable(),
  version: z.number().int(),
  erased: z.boolean(),
  /**
   * The sealed texts, opened (and audited) only for readers allowed the person's personal data. The
   * answer to opening a case never carries them: it is kept for idempotent retries. Read the case.
   */
  canReadPersonal: z.boolean(),
  summary: z.string().nullable(),
  legalArguments: z.string().nullable(),
  personDecision: z.string().nullable(),
  flags: z.array(caseFlagViewSchema),
  referrals: z.array(referralViewSchema),
});

export const caseListResponseSchema = z.object({
  cases: z.array(caseSummarySchema),
  nextCursor: z.string().nullable(),
});
export const caseResponseSchema = z.object({ case: caseDetailSchema });

export const caseAssignmentsBodySchema = z.strictObject({ userIds: z.array(z.uuid()).max(10), version });

export const setCaseFlagBodySchema = z.strictObject({
  flag: shortCode,
  reason: z.string().trim().min(3).max(1_000),
});
export const clearCaseFlagBodySchema = z.strictObject({ reason: z.string().trim().min(3).max(1_000) });
export const caseFlagParamsSchema = z.object({ id: z.uuid(), flagId: z.uuid() });

/** A referral that shares personal data is refused unless the person's consent covers it. */
export const createReferralBodySchema = z.strictObject({
  partnerId: z.uuid(),
  sharesPersonalData: z.boolean(),
  reason: z.string().trim().min(3).max(1_000),
});
export const updateReferralBodySchema = z.strictObject({ status: referralStatusSchema });
export const referralParamsSchema = z.object({ id: z.uuid(), referralId: z.uuid() });
export const referralResponseSchema = z.object({ referral: referralViewSchema });

/** Field-level history: who changed which field when; personal values are never shown. */
export const caseHistoryResponseSchema = z.object({
  changes: z.array(
    z.object({
      at: dateTime,
      actor: userRef.nullable(),
      /** Null for a change to the person rather than to this case. */
      caseId: z.uuid().nullable(),
      action: z.string(),
      field: z.string().nullable(),
      /** Null for personal fields (sealed) and for actions without a value. */
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      sealed: z.boolean(),
    }),
  ),
});

/** A departing volunteer's open cases and deadlines go to another caseworker in one action. */
export const handoverBodySchema = z.strictObject({
  fromUserId: z.uuid(),
  toUserId: z.uuid(),
  reason: z.string().trim().min(3).max(500),
});
export const handoverResponseSchema = z.object({ cases: z.number().int(), deadlines: z.number().int() });

export const workloadResponseSchema = z.object({
  caseworkers: z.array(
    z.object({
      /** active false: a departed member who still holds cases (hand them over). */
      user: userRef.extend({ role: z.string(), active: z.boolean() }),
      openCases: z.number().int(),
      overdue: z.number().int(),
      dueThisWeek: z.number().int(),
    }),
  ),
  unassignedOpenCases: z.number().int(),
});

/** Active members who can work on cases (caseworkers, coordinators, lawyers): the coordinators' pickers. */
export const caseworkStaffResponseSchema = z.object({
  staff: z.array(userRef.extend({ role: roleSchema })),
});

export type CaseSummary = z.output<typeof caseSummarySchema>;
export type CaseDetail = z.output<typeof caseDetailSchema>;
