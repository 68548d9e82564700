import { z } from 'zod';
import { caseTypeSchema } from './casework-cases';
import { dateTime } from './common';

/**
 * Retention and the right to be forgotten. A person whose cases are all closed for longer than the
 * retention setting is erased by a daily job; "forget this person" erases at once. What remains is
 * anonymous: case types, statuses, dates, outcomes and flag codes.
 */

export const retentionPreviewResponseSchema = z.object({
  retentionMonths: z.number().int(),
  /** Cases closed before this instant count as expired. */
  closedBefore: dateTime,
  /** How many people would be erased; `people` lists the first of them (up to 1,000). */
  total: z.number().int(),
  people: z.array(
    z.object({
      id: z.uuid(),
      alias: z.string(),
      cases: z.array(
        z.object({ id: z.uuid(), reference: z.string(), type: caseTypeSchema, closedAt: dateTime }),
      ),
    }),
  ),
});

/** What one erasure removed: counts only, never values. */
export const erasureCountsSchema = z.object({
  cases: z.number().int(),
  notes: z.number().int(),
  documents: z.number().int(),
  deadlines: z.number().int(),
  grants: z.number().int(),
  victimsUnlinked: z.number().int(),
  historyValues: z.number().int(),
});

export const forgetPersonResponseSchema = z.object({
  erasure: erasureCountsSchema.extend({ personId: z.uuid(), alias: z.string(), erasedAt: dateTime }),
});

export type RetentionPreview = z.output<typeof retentionPreviewResponseSchema>;
export type ErasureCounts = z.output<typeof erasureCountsSchema>;
