import { z } from 'zod';
import { CASE_DEADLINE_KINDS, PARTNER_KINDS } from './enums/casework';
import { caseTypeSchema } from './casework-cases';
import { dateTime } from './common';

/** Deadlines and tasks, notes, documents and the partner directory. */

const userRef = z.object({ id: z.uuid(), displayName: z.string() });
export const caseDeadlineKindSchema = z.enum(CASE_DEADLINE_KINDS);
export const partnerKindSchema = z.enum(PARTNER_KINDS);

export const createDeadlineBodySchema = z.strictObject({
  kind: caseDeadlineKindSchema,
  /** Short and factual ("CNDA appeal"): titles are not sealed, keep personal details in notes. */
  title: z.string().trim().min(1).max(200),
  dueAt: dateTime,
  assigneeId: z.uuid().nullable().optional(),
});
export const updateDeadlineBodySchema = z.strictObject({
  kind: caseDeadlineKindSchema.optional(),
  title: z.string().trim().min(1).max(200).optional(),
  dueAt: dateTime.optional(),
  assigneeId: z.uuid().nullable().optional(),
  done: z.boolean().optional(),
});

export const deadlineViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: caseDeadlineKindSchema,
  title: z.string(),
  dueAt: dateTime,
  assignee: userRef.nullable(),
  doneAt: dateTime.nullable(),
  doneBy: userRef.nullable(),
  createdAt: dateTime,
});
export const deadlineResponseSchema = z.object({ deadline: deadlineViewSchema });
export const deadlineListResponseSchema = z.object({ deadlines: z.array(deadlineViewSchema) });

/**
 * The overview: open deadlines overdue and due within `days`. mine: assigned to me, or unassigned on
 * my cases; all: every case I may reach (coordinators: every case).
 */
export const deadlineOverviewQuerySchema = z.strictObject({
  scope: z.enum(['mine', 'all']).default('mine'),
  /** Days ahead counted as "due soon" (the week by default). */
  days: z.coerce.number().int().min(1).max(60).default(7),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
const overviewItem = deadlineViewSchema.extend({
  case: z.object({ id: z.uuid(), reference: z.string(), type: caseTypeSchema, personAlias: z.string() }),
});
export const deadlineOverviewResponseSchema = z.object({
  /** Oldest first, at most `limit`. */
  overdue: z.array(overviewItem),
  /** Soonest first, at most `limit`. */
  dueSoon: z.array(overviewItem),
  /** Totals, whatever the limit. */
  counts: z.object({ overdue: z.number().int(), dueSoon: z.number().int() }),
});

export const createNoteBodySchema = z.strictObject({ body: z.string().trim().min(1).max(20_000) });
export const noteViewSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  author: userRef.nullable(),
  createdAt: dateTime,
});
/**
 * The answer to adding a note leaves the body out: answers to idempotent requests are kept (in clear)
 * for retries, and the writer has the text already.
 */
export const noteResponseSchema = z.object({ note: noteViewSchema.omit({ body: true }) });
export const noteListResponseSchema = z.object({ notes: z.array(noteViewSchema) });

/** The text fields of a document upload (multipart, beside the `file` part). */
export const caseDocumentUploadFieldsSchema = z.strictObject({
  /** Sealed like the file; the original file name when absent. */
  title: z.string().trim().min(1).max(200).optional(),
});

export const caseDocumentViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: userRef.nullable(),
  uploadedAt: dateTime,
});
export const caseDocumentResponseSchema = z.object({ document: caseDocumentViewSchema });
export const caseDocumentListResponseSchema = z.object({ documents: z.array(caseDocumentViewSchema) });
export const caseDocumentParamsSchema = z.object({ id: z.uuid(), documentId: z.uuid() });

const partnerFields = {
  name: z.string().trim().min(1).max(200),
  kind: partnerKindSchema,
  languages: z.array(z.string().trim().min(2).max(40)).max(20).optional(),
  takesLegalAid: z.boolean().optional(),
  contact: z.string().trim().max(500).nullable().optional(),
  /** Restricted ("avoid", "slow to answer"): sealed, shown only to readers of personal data. */
  notes: z.string().trim().max(5_000).nullable().optional(),
  active: z.boolean().optional(),
};
export const createPartnerBodySchema = z.strictObject(partnerFields);
export const updatePartnerBodySchema = z.strictObject({
  ...partnerFields,
  name: partnerFields.name.optional(),
  kind: partnerKindSchema.optional(),
});
export const partnerListQuerySchema = z.strictObject({
  kind: partnerKindSchema.optional(),
  language: z.string().trim().max(40).optional(),
  q: z.string().trim().max(80).optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const partnerViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: partnerKindSchema,
  languages: z.array(z.string()),
  takesLegalAid: z.boolean(),
  contact: z.string().nullable(),
  /**
   * Null when the reader may not see restricted notes, when there are none, and in the answers to
   * creates and changes (answers to idempotent requests are kept in clear for retries).
   */
  notes: z.string().nullable(),
  /** Whether restricted notes exist, for every reader. */
  hasNotes: z.boolean(),
  active: z.boolean(),
});
export const partnerResponseSchema = z.object({ partner: partnerViewSchema });
export const partnerListResponseSchema = z.object({ partners: z.array(partnerViewSchema) });
