import { z } from 'zod';
import { SITE_OWNER_TYPES, SITE_STATUSES, SITE_TYPES } from './enums/sites';
import { dateTime, calendarDay } from './common';
import { evictionSummarySchema } from './evictions';
import { incidentSummarySchema } from './incident-views';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const siteInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  aliases: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  type: z.enum(SITE_TYPES),
  commune: z.string().trim().min(1).max(120),
  area: optionalText(200),
  address: optionalText(300),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  ownerType: z.enum(SITE_OWNER_TYPES).default('unknown'),
  evictionOrderRef: optionalText(200),
  evictionOrderDate: calendarDay.nullable().optional(),
  courtProceedings: optionalText(5_000),
  winterTruceApplies: z.boolean().nullable().optional(),
  needs: optionalText(5_000),
  notes: optionalText(20_000),
});
export type SiteInput = z.output<typeof siteInputSchema>;

/** An edit names the version it was based on: a save over someone else's change is refused (409). */
export const updateSiteBodySchema = siteInputSchema.extend({ version: z.number().int().min(1) });

export const createSiteBodySchema = siteInputSchema.extend({
  status: z.enum(SITE_STATUSES).default('active'),
});

export const siteStatusChangeBodySchema = z.strictObject({
  status: z.enum(SITE_STATUSES),
  /** When it happened, if not now (an observer records a raid after the fact). */
  at: dateTime.optional(),
  note: optionalText(2_000),
});

export const populationSnapshotBodySchema = z.strictObject({
  at: dateTime.optional(),
  people: z.number().int().min(0).max(100_000),
  minors: z.number().int().min(0).max(100_000).nullable().optional(),
  women: z.number().int().min(0).max(100_000).nullable().optional(),
  families: z.number().int().min(0).max(100_000).nullable().optional(),
  communities: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
  languages: z.array(z.string().trim().min(1).max(80)).max(30).default([]),
});

export const siteSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  aliases: z.array(z.string()),
  type: z.enum(SITE_TYPES),
  commune: z.string(),
  area: z.string().nullable(),
  status: z.enum(SITE_STATUSES),
  latestPopulation: z.object({ at: dateTime, people: z.number().int() }).nullable(),
  updatedAt: dateTime,
});

export const siteDetailSchema = siteSummarySchema.extend({
  /** Present only for roles that may see exact locations. */
  address: z.string().nullable().optional(),
  latitude: z.number().nullable().optional(),
  longitude: z.number().nullable().optional(),
  ownerType: z.enum(SITE_OWNER_TYPES),
  evictionOrderRef: z.string().nullable(),
  evictionOrderDate: z.string().nullable(),
  courtProceedings: z.string().nullable(),
  winterTruceApplies: z.boolean().nullable(),
  needs: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  statusLog: z.array(
    z.object({ status: z.enum(SITE_STATUSES), at: dateTime, by: z.string(), note: z.string().nullable() }),
  ),
  populations: z.array(
    z.object({
      at: dateTime,
      people: z.number().int(),
      minors: z.number().int().nullable(),
      women: z.number().int().nullable(),
      families: z.number().int().nullable(),
      communities: z.array(z.string()),
      languages: z.array(z.string()),
    }),
  ),
  /** Present only for readers with incidents.read (drafts: their own, or all for reviewers). */
  incidentCount: z.number().int().optional(),
  recentIncidents: z.array(incidentSummarySchema).optional(),
  /** Present only for readers with evictions.read (same draft rule as the eviction list). */
  evictionCount: z.number().int().optional(),
  lastEvictionAt: dateTime.nullable().optional(),
  recentEvictions: z.array(evictionSummarySchema).optional(),
  createdAt: dateTime,
});

export const siteListQuerySchema = z.strictObject({
  commune: z.string().trim().max(120).optional(),
  status: z.enum(SITE_STATUSES).optional(),
  type: z.enum(SITE_TYPES).optional(),
  q: z.string().trim().min(1).max(120).optional(),
});

export const siteListResponseSchema = z.object({ sites: z.array(siteSummarySchema) });
export const siteResponseSchema = z.object({ site: siteDetailSchema });
