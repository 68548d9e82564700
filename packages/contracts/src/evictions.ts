import { z } from 'zod';
import { EVICTION_SORTS, EVICTION_STATUSES, LEGAL_BASES } from './enums/evictions';
import { PROPERTY_FATES } from './enums/incidents';
import { dateTime, calendarDay } from './common';
import { many } from './incident-filters';

const count = z.number().int().min(0).max(100_000).nullable().optional();
const flag = z.boolean().nullable().optional();
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const evictionInputSchema = z.strictObject({
  siteId: z.uuid(),
  announced: flag,
  announcedHow: text(500),
  startAt: dateTime,
  endAt: dateTime.nullable().optional(),
  bailiffPresent: flag,
  otherActors: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  legalBasis: z.enum(LEGAL_BASES).default('unknown'),
  orderReference: text(200),
  peopleAffected: count,
  minorsAffected: count,
  shelterOffered: flag,
  shelterWhere: text(500),
  shelterAccepted: count,
  idChecks: count,
  arrests: count,
  observersPresent: count,
  observersObstructed: flag,
  observersDetained: flag,
  toldToStopFilming: flag,
  notes: text(20_000),
  forces: z
    .array(
      z.strictObject({
        forceId: z.uuid(),
        unit: text(200),
        officerCount: count,
        vehicleCount: count,
      }),
    )
    .max(50)
    .default([]),
  property: z
    .array(
      z.strictObject({
        propertyTypeId: z.uuid(),
        fate: z.enum(PROPERTY_FATES),
        count: z.number().int().min(1).max(100_000),
        collectiveOwned: z.boolean().default(false),
      }),
    )
    .max(50)
    .default([]),
});
export type EvictionInput = z.output<typeof evictionInputSchema>;

export const updateEvictionBodySchema = evictionInputSchema.extend({ version: z.number().int().min(1) });

export const evictionLogEntryBodySchema = z.strictObject({
  observedAt: dateTime,
  text: z.string().trim().min(1).max(5_000),
  /** A correction names the entry it corrects; the original stays as it was. */
  correctsId: z.uuid().nullable().optional(),
});

export const evictionReviewBodySchema = z.strictObject({ version: z.number().int().min(1) });

const termRef = z.object({ id: z.uuid(), code: z.string(), labelEn: z.string(), labelFr: z.string() });

export const evictionLogEntrySchema = z.object({
  id: z.uuid(),
  observedAt: dateTime,
  enteredAt: dateTime,
  author: z.string(),
  text: z.string(),
  correctsId: z.uuid().nullable(),
});

export const evictionSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  site: z.object({ id: z.uuid(), name: z.string(), commune: z.string() }),
  status: z.enum(EVICTION_STATUSES),
  startAt: dateTime,
  endAt: dateTime.nullable(),
  legalBasis: z.enum(LEGAL_BASES),
  peopleAffected: z.number().int().nullable(),
  /** Incidents (violence) linked to the eviction. */
  incidentCount: z.number().int(),
  version: z.number().int(),
});

export const evictionDetailSchema = evictionSummarySchema.extend({
  announced: z.boolean().nullable(),
  announcedHow: z.string().nullable(),
  bailiffPresent: z.boolean().nullable(),
  otherActors: z.array(z.string()),
  orderReference: z.string().nullable(),
  minorsAffected: z.number().int().nullable(),
  shelterOffered: z.boolean().nullable(),
  shelterWhere: z.string().nullable(),
  shelterAccepted: z.number().int().nullable(),
  idChecks: z.number().int().nullable(),
  arrests: z.number().int().nullable(),
  observersPresent: z.number().int().nullable(),
  observersObstructed: z.boolean().nullable(),
  observersDetained: z.boolean().nullable(),
  toldToStopFilming: z.boolean().nullable(),
  notes: z.string().nullable(),
  author: z.object({ id: z.uuid(), displayName: z.string() }),
  reviewedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  reviewedAt: dateTime.nullable(),
  forces: z.array(
    z.object({
      force: termRef,
      unit: z.string().nullable(),
      officerCount: z.number().int().nullable(),
      vehicleCount: z.number().int().nullable(),
    }),
  ),
  property: z.array(
    z.object({
      propertyType: termRef,
      fate: z.enum(PROPERTY_FATES),
      count: z.number().int(),
      collectiveOwned: z.boolean(),
    }),
  ),
  log: z.array(evictionLogEntrySchema),
  incidentIds: z.array(z.uuid()),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type EvictionDetail = z.output<typeof evictionDetailSchema>;

/** `true` / `false` in a query string. */
const flagParam = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

/**
 * The eviction filter (the list, the statistics, exports and dossiers). Keys shared with the incident
 * filter mean the same there: `from`/`to` are inclusive UTC days of the start time; repeated keys
 * (`siteId=a&siteId=b`) match any of their values.
 */
export const evictionFilterFields = {
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  siteId: many(z.uuid()),
  commune: many(z.string().trim().min(1).max(120)),
  forceId: many(z.uuid()),
  legalBasis: many(z.enum(LEGAL_BASES)),
  status: many(z.enum(EVICTION_STATUSES)),
  /** Only the records the reader wrote. */
  mine: flagParam,
  /** Whether incidents (violence) are linked to the eviction. */
  hasIncidents: flagParam,
  /** Whether any property was recorded destroyed. */
  propertyDestroyed: flagParam,
};

export const evictionListQuerySchema = z.strictObject({
  ...evictionFilterFields,
  sort: z.enum(EVICTION_SORTS).default('start_desc'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Keyset cursor from the previous page (valid for the same sort). */
  cursor: z.string().max(200).optional(),
});
export type EvictionListQuery = z.output<typeof evictionListQuerySchema>;

export const evictionResponseSchema = z.object({ eviction: evictionDetailSchema });
export const evictionListResponseSchema = z.object({
  evictions: z.array(evictionSummarySchema),
  nextCursor: z.string().nullable(),
});
