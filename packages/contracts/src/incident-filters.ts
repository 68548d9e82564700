import { z } from 'zod';
import { calendarDay } from './common';
import {
  FOLLOW_UP_STATUSES,
  INCIDENT_SORTS,
  INCIDENT_STATUSES,
  RIO_SHOWN,
  SOURCE_TYPES,
  VERIFICATION_STATUSES,
  VICTIM_FLAGS,
} from './enums/incidents';

/** A query parameter that may be repeated (?a=1&a=2) or given once. */
export function many<T extends z.ZodType>(item: T) {
  return z
    .union([item, z.array(item).max(50)])
    .transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]))
    .optional();
}

/**
 * The incident filter, shared by the list, the exports and the dossier builder. It lives in the
 * query string so that a filter can be saved and shared as a URL.
 */
export const incidentFilterSchema = z.strictObject({
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  commune: many(z.string().trim().min(1).max(120)),
  siteId: many(z.uuid()),
  /** Includes the children of each act type in the vocabulary tree. */
  actTypeId: many(z.uuid()),
  forceId: many(z.uuid()),
  unit: many(z.string().trim().min(1).max(200)),
  rioShown: many(z.enum(RIO_SHOWN)),
  victimFlag: many(z.enum(VICTIM_FLAGS)),
  verificationStatus: many(z.enum(VERIFICATION_STATUSES)),
  sourceType: many(z.enum(SOURCE_TYPES)),
  followUpStatus: many(z.enum(FOLLOW_UP_STATUSES)),
  status: many(z.enum(INCIDENT_STATUSES)),
  hasMedia: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
  /** Full-text search over titles and narratives. */
  q: z.string().trim().min(1).max(200).optional(),
});
export type IncidentFilter = z.output<typeof incidentFilterSchema>;

export const incidentListQuerySchema = incidentFilterSchema.extend({
  sort: z.enum(INCIDENT_SORTS).default('start_desc'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type IncidentListQuery = z.output<typeof incidentListQuerySchema>;
