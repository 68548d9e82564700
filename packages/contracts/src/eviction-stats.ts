import { z } from 'zod';
import { dateTime } from './common';
import { EVICTION_STATUSES, LEGAL_BASES } from './enums/evictions';
import { PROPERTY_FATES } from './enums/incidents';
import { evictionFilterFields } from './evictions';

/**
 * An IANA time zone name (`Europe/Paris`). Offsets such as `+01:00` are refused: PostgreSQL reads
 * POSIX offsets with the opposite sign.
 */
export const timeZoneSchema = z
  .string()
  .max(64)
  .regex(/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*$/, 'An IANA time zone name such as Europe/Paris')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

/** How many of the most recent timeline points to give per site. */
const timelineLimit = (byDefault: number) => z.coerce.number().int().min(0).max(1_000).default(byDefault);

const statsOptions = {
  /** Months are calendar months in this zone (default UTC; the collective's is usually Europe/Paris). */
  timeZone: timeZoneSchema.default('UTC'),
  /** How many of the most recent intervals to list per site (and overall). */
  recentIntervals: z.coerce.number().int().min(0).max(50).default(10),
};

/**
 * `GET /api/evictions/stats`: the eviction list's filter (without paging) plus options. The timeline
 * gives the 20 most recent evictions of each site by default (ask for more, up to 1,000 a site).
 */
export const evictionStatsQuerySchema = z.strictObject({
  ...evictionFilterFields,
  ...statsOptions,
  timelineLimit: timelineLimit(20),
});
export type EvictionStatsQuery = z.output<typeof evictionStatsQuerySchema>;

/** `GET /api/sites/:id/evictions/stats`: the same, the site given by the path; 200 timeline points. */
const { siteId: _siteId, commune: _commune, ...siteFilterFields } = evictionFilterFields;
export const siteEvictionStatsQuerySchema = z.strictObject({
  ...siteFilterFields,
  ...statsOptions,
  timelineLimit: timelineLimit(200),
});
export type SiteEvictionStatsQuery = z.output<typeof siteEvictionStatsQuerySchema>;

const count = z.number().int();
const siteRef = z.object({ id: z.uuid(), name: z.string(), commune: z.string() });
const termRef = z.object({ id: z.uuid(), code: z.string(), labelEn: z.string(), labelFr: z.string() });

/** The time between two consecutive matching evictions at the same site. */
export const evictionIntervalSchema = z.object({
  siteId: z.uuid(),
  fromEvictionId: z.uuid(),
  toEvictionId: z.uuid(),
  from: dateTime,
  to: dateTime,
  hours: z.number(),
});

/**
 * Intervals between consecutive matching evictions at a site (start to start), in hours: with a filter
 * (say CRS only) they are the intervals between the evictions that match it. Across sites the
 * intervals of every site are pooled; an interval never spans two sites. All null when count is 0.
 */
export const intervalStatsSchema = z.object({
  count,
  medianHours: z.number().nullable(),
  meanHours: z.number().nullable(),
  minHours: z.number().nullable(),
  maxHours: z.number().nullable(),
  /** Most recent first (by the later eviction's start). */
  recent: z.array(evictionIntervalSchema),
});
export type IntervalStats = z.output<typeof intervalStatsSchema>;

export const evictionTimelinePointSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  startAt: dateTime,
  endAt: dateTime.nullable(),
  status: z.enum(EVICTION_STATUSES),
  legalBasis: z.enum(LEGAL_BASES),
  peopleAffected: z.number().int().nullable(),
});

export const siteEvictionStatsSchema = z.object({
  site: siteRef,
  count,
  firstAt: dateTime,
  lastAt: dateTime,
  noLegalBasisShown: count,
  intervals: intervalStatsSchema,
  /** The most recent `timelineLimit` evictions, oldest first; `timelineTruncated` when there were more. */
  timeline: z.array(evictionTimelinePointSchema),
  timelineTruncated: z.boolean(),
});
export type SiteEvictionStats = z.output<typeof siteEvictionStatsSchema>;

/**
 * Figures over the evictions matching a filter (the ones the reader could list: drafts only their own,
 * or all for reviewers). Sites are ordered by eviction count, then name.
 */
export const evictionStatsSchema = z.object({
  timeZone: z.string(),
  total: count,
  firstAt: dateTime.nullable(),
  lastAt: dateTime.nullable(),
  /** Pooled over every site. */
  intervals: intervalStatsSchema,
  bySite: z.array(siteEvictionStatsSchema),
  /** `YYYY-MM` in `timeZone`, only months with evictions, ascending. */
  byMonth: z.array(z.object({ month: z.string(), count })),
  byMonthAndSite: z.array(z.object({ month: z.string(), siteId: z.uuid(), count })),
  /** Share = noneShown / total (null when total is 0): "no order was shown in 83% of evictions". */
  legalBasis: z.object({
    orderShown: count,
    noneShown: count,
    unknown: count,
    noneShownShare: z.number().nullable(),
  }),
  /** Totals per property type and fate (seized / destroyed / damaged); `collectiveOwned` is part of `count`. */
  property: z.array(
    z.object({ propertyType: termRef, fate: z.enum(PROPERTY_FATES), count, collectiveOwned: count }),
  ),
  /** Per force: evictions it was present at, and the sums of the officer and vehicle counts recorded. */
  byForce: z.array(z.object({ force: termRef, evictions: count, officers: count, vehicles: count })),
  officersTotal: count,
  vehiclesTotal: count,
  /** Sums over the recorded counts; `withPeopleCount` says how many evictions recorded people affected. */
  people: z.object({
    affected: count,
    minors: count,
    shelterAccepted: count,
    idChecks: count,
    arrests: count,
    withPeopleCount: count,
  }),
});
export type EvictionStats = z.output<typeof evictionStatsSchema>;
export const evictionStatsResponseSchema = z.object({ stats: evictionStatsSchema });
