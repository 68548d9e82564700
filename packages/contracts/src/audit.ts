import { z } from 'zod';
import { bigintCursor, dateTime } from './common';

export const auditEventSchema = z.object({
  id: z.string(),
  at: dateTime,
  actorId: z.uuid().nullable(),
  /** The actor's display name, so the log reads without a second (audited) lookup of members. */
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  fields: z.array(z.string()),
  hash: z.string(),
});
export type AuditEventView = z.output<typeof auditEventSchema>;

export const auditListQuerySchema = z.strictObject({
  actorId: z.uuid().optional(),
  action: z.string().max(80).optional(),
  entityType: z.string().max(80).optional(),
  entityId: z.string().max(80).optional(),
  /** Keyset cursor: the id of the last event of the previous page. */
  before: bigintCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditListResponseSchema = z.object({
  events: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
});
