import { z } from 'zod';
import { DISTRIBUTION_STATUSES, SUPPLY_NEED_STATUSES } from './enums/supplies';
import { dateTime, calendarDay } from './common';
import { stockLocationRefSchema, supplyItemRefSchema, supplyQuantitySchema } from './supplies';

/**
 * Distributions move through planned → packed (the packing list reserves stock: available drops, on
 * hand does not) → distributed (what was packed leaves the location) → closed (what came back is
 * counted back into stock). A distribution recorded after the fact is closed at once. People served
 * are counts by group, never named recipients. Needs: a site or partner asks for items by a date.
 */

const headcount = z.number().int().min(0).max(100_000);
export const servedSchema = z.strictObject({
  men: headcount.default(0),
  women: headcount.default(0),
  families: headcount.default(0),
  minors: headcount.default(0),
});

const itemQuantity = z.strictObject({ itemId: z.uuid(), quantity: supplyQuantitySchema });
const itemLines = z.array(itemQuantity).min(1).max(200);
const note = z.string().trim().max(2_000).nullable().optional();
const version = z.number().int().min(1);

export const createDistributionBodySchema = z.strictObject({
  /** Where the stock comes from: a van or a distribution point. */
  locationId: z.uuid(),
  /** Where it happens, when at a site of the registry. */
  siteId: z.uuid().nullable().optional(),
  /** The need it answers, if planned from one. */
  needId: z.uuid().nullable().optional(),
  scheduledAt: dateTime,
  note,
  lines: itemLines,
});
export const updateDistributionBodySchema = createDistributionBodySchema.extend({ version });

/** Record a distribution after it happened: the stock leaves now and the record is closed. */
export const recordDistributionBodySchema = z.strictObject({
  locationId: z.uuid(),
  siteId: z.uuid().nullable().optional(),
  needId: z.uuid().nullable().optional(),
  distributedAt: dateTime,
  served: servedSchema,
  note,
  lines: itemLines,
});

export const distributionVersionBodySchema = z.strictObject({ version });
export const distributeBodySchema = z.strictObject({
  version,
  distributedAt: dateTime.optional(),
  served: servedSchema,
});
/** What came back, per item (at most what was sent); an empty list closes with nothing returned. */
export const distributionReturnsBodySchema = z.strictObject({
  version,
  lines: z.array(itemQuantity).max(200),
});

const servedView = z.object({
  men: z.number().int(),
  women: z.number().int(),
  families: z.number().int(),
  minors: z.number().int(),
});

export const distributionSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(DISTRIBUTION_STATUSES),
  location: stockLocationRefSchema,
  site: z.object({ id: z.uuid(), name: z.string(), commune: z.string() }).nullable(),
  needId: z.uuid().nullable(),
  scheduledAt: dateTime,
  distributedAt: dateTime.nullable(),
  /** Null until distributed. */
  served: servedView.nullable(),
  version: z.number().int(),
});

export const distributionDetailSchema = distributionSummarySchema.extend({
  note: z.string().nullable(),
  lines: z.array(
    z.object({
      item: supplyItemRefSchema,
      planned: z.number().int(),
      packed: z.number().int(),
      sent: z.number().int(),
      returned: z.number().int(),
      /** sent − returned. */
      handedOut: z.number().int(),
    }),
  ),
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type DistributionDetail = z.output<typeof distributionDetailSchema>;

export const distributionListQuerySchema = z.strictObject({
  status: z.enum(DISTRIBUTION_STATUSES).optional(),
  locationId: z.uuid().optional(),
  siteId: z.uuid().optional(),
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export const distributionListResponseSchema = z.object({
  distributions: z.array(distributionSummarySchema),
  nextCursor: z.string().nullable(),
});
export const distributionResponseSchema = z.object({ distribution: distributionDetailSchema });

// ---- Needs -----------------------------------------------------------------------------------

const needSite = z.uuid().nullable().optional();
/** A partner organisation asking, when not a site ("Refugee Women's Centre"). */
const needPartner = z.string().trim().min(1).max(200).nullable().optional();

export const createNeedBodySchema = z
  .strictObject({
    siteId: needSite,
    partner: needPartner,
    neededBy: calendarDay,
    note,
    lines: itemLines,
  })
  .refine((need) => need.siteId || need.partner, {
    message: 'Name the site or the partner asking',
    path: ['siteId'],
  });

/**
 * Only the fields sent change. Who asks, the date, the note and the lines change while the need is
 * open; the status moves it to met or cancelled (or back). Site or partner: one must remain.
 */
export const updateNeedBodySchema = z.strictObject({
  version,
  status: z.enum(SUPPLY_NEED_STATUSES).optional(),
  siteId: needSite,
  partner: needPartner,
  neededBy: calendarDay.optional(),
  note,
  lines: itemLines.optional(),
});

export const needSchema = z.object({
  id: z.uuid(),
  site: z.object({ id: z.uuid(), name: z.string(), commune: z.string() }).nullable(),
  partner: z.string().nullable(),
  neededBy: calendarDay,
  status: z.enum(SUPPLY_NEED_STATUSES),
  note: z.string().nullable(),
  lines: z.array(
    z.object({
      item: supplyItemRefSchema,
      quantity: z.number().int(),
      /** Handed out by distributions planned from this need. */
      delivered: z.number().int(),
      /** Available now over every location. */
      available: z.number().int(),
      /** What is still missing after delivered and available stock (0 when covered). */
      shortfall: z.number().int(),
    }),
  ),
  distributionIds: z.array(z.uuid()),
  version: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export const needListQuerySchema = z.strictObject({
  status: z.enum(SUPPLY_NEED_STATUSES).optional(),
  siteId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const needListResponseSchema = z.object({ needs: z.array(needSchema) });
export const needResponseSchema = z.object({ need: needSchema });
