import { z } from 'zod';
import {
  STOCK_LOCATION_KINDS,
  SUPPLY_CATEGORIES,
  SUPPLY_GENDERS,
  SUPPLY_PRIORITIES,
  SUPPLY_ITEM_SORTS,
  SUPPLY_SEASONS,
  SUPPLY_UNITS,
} from './enums/supplies';
import { dateTime, calendarDay } from './common';

/**
 * Supplies: the catalogue and stock locations. Stock, distributions, needs, reports and imports have
 * their own supplies-*.ts files. Quantities are whole units of the item's unit (a pack, a pair, a kg).
 */

export const supplyCategorySchema = z.enum(SUPPLY_CATEGORIES);

/** A count of units: whole, positive, bounded. */
export const supplyQuantitySchema = z.number().int().min(1).max(1_000_000);
/** An expiry batch (a calendar date); absent for items whose expiry is not tracked. */
export const expiryDateSchema = calendarDay;

const name = z.string().trim().min(1).max(120);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const itemFields = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9._-]{0,39}$/, 'Letters, digits and . _ - (up to 40)'),
  category: supplyCategorySchema,
  nameEn: name,
  nameFr: name,
  unit: z.enum(SUPPLY_UNITS),
  size: z.string().trim().min(1).max(20).nullable().optional(),
  gender: z.enum(SUPPLY_GENDERS).nullable().optional(),
  tracksExpiry: z.boolean(),
  priority: z.enum(SUPPLY_PRIORITIES),
  season: z.enum(SUPPLY_SEASONS),
  /** The eviction property type for the same things (tents…), so police losses line up with evictions. */
  propertyTypeId: z.uuid().nullable().optional(),
  active: z.boolean(),
};

export const createSupplyItemBodySchema = z.strictObject({
  ...itemFields,
  unit: itemFields.unit.default('piece'),
  tracksExpiry: itemFields.tracksExpiry.default(false),
  priority: itemFields.priority.default('normal'),
  season: itemFields.season.default('all_year'),
  active: itemFields.active.default(true),
});
export type SupplyItemInput = z.output<typeof createSupplyItemBodySchema>;

/** Only the fields sent change; the code stays (labels and imports refer to it). */
export const updateSupplyItemBodySchema = z.strictObject({
  category: itemFields.category.optional(),
  nameEn: itemFields.nameEn.optional(),
  nameFr: itemFields.nameFr.optional(),
  unit: itemFields.unit.optional(),
  size: itemFields.size,
  gender: itemFields.gender,
  tracksExpiry: itemFields.tracksExpiry.optional(),
  priority: itemFields.priority.optional(),
  season: itemFields.season.optional(),
  propertyTypeId: itemFields.propertyTypeId,
  active: itemFields.active.optional(),
});

/** The few fields every stock row, ledger line and label shows of an item. */
export const supplyItemRefSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  category: supplyCategorySchema,
  nameEn: z.string(),
  nameFr: z.string(),
  unit: z.enum(SUPPLY_UNITS),
  size: z.string().nullable(),
  gender: z.enum(SUPPLY_GENDERS).nullable(),
});
export type SupplyItemRef = z.output<typeof supplyItemRefSchema>;

export const supplyItemSchema = supplyItemRefSchema.extend({
  tracksExpiry: z.boolean(),
  priority: z.enum(SUPPLY_PRIORITIES),
  season: z.enum(SUPPLY_SEASONS),
  propertyTypeId: z.uuid().nullable(),
  active: z.boolean(),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export type SupplyItemView = z.output<typeof supplyItemSchema>;

export const supplyItemListQuerySchema = z.strictObject({
  category: supplyCategorySchema.optional(),
  /** Matches code, English or French name. */
  q: z.string().trim().min(1).max(100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
  sort: z.enum(SUPPLY_ITEM_SORTS).default('name_asc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Keyset cursor from the previous page: valid for the same sort only. */
  cursor: z.string().max(300).optional(),
});

export const supplyItemListResponseSchema = z.object({
  items: z.array(supplyItemSchema),
  nextCursor: z.string().nullable(),
});
export const supplyItemResponseSchema = z.object({ item: supplyItemSchema });

// ---- Locations -------------------------------------------------------------------------------

export const stockLocationRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(STOCK_LOCATION_KINDS),
});
export type StockLocationRef = z.output<typeof stockLocationRefSchema>;

export const stockLocationInputSchema = z.strictObject({
  name: name,
  kind: z.enum(STOCK_LOCATION_KINDS),
  /** A distribution point can be a site of the registry. */
  siteId: z.uuid().nullable().optional(),
  notes: optionalText(2_000),
  active: z.boolean().default(true),
});
export const updateStockLocationBodySchema = z.strictObject({
  name: name.optional(),
  kind: z.enum(STOCK_LOCATION_KINDS).optional(),
  siteId: z.uuid().nullable().optional(),
  notes: optionalText(2_000),
  active: z.boolean().optional(),
});

export const stockLocationSchema = stockLocationRefSchema.extend({
  site: z.object({ id: z.uuid(), name: z.string(), commune: z.string() }).nullable(),
  active: z.boolean(),
  notes: z.string().nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
});
export const stockLocationListQuerySchema = z.strictObject({
  includeInactive: z.enum(['true', 'false']).optional(),
});
export const stockLocationListResponseSchema = z.object({ locations: z.array(stockLocationSchema) });
export const stockLocationResponseSchema = z.object({ location: stockLocationSchema });

// ---- Low-stock thresholds --------------------------------------------------------------------

/** Replaces every threshold of the item: below `minQuantity` available at the location, it is low. */
export const setThresholdsBodySchema = z.strictObject({
  thresholds: z
    .array(z.strictObject({ locationId: z.uuid(), minQuantity: z.number().int().min(0).max(1_000_000) }))
    .max(500),
});
