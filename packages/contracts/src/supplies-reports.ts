import { z } from 'zod';
import { calendarDay } from './common';
import {
  expiryDateSchema,
  stockLocationRefSchema,
  supplyCategorySchema,
  supplyItemRefSchema,
} from './supplies';
import { SUPPLY_SOURCES, WRITE_OFF_REASONS } from './enums/supplies';

/** Supplies reports: read-only figures over the ledger and the balances (supplies.read). */

const month = z.string().regex(/^\d{4}-\d{2}$/);
const dateRange = {
  from: calendarDay.optional(),
  to: calendarDay.optional(),
};

export const stockByLocationResponseSchema = z.object({
  rows: z.array(
    z.object({
      location: stockLocationRefSchema,
      category: supplyCategorySchema,
      /** Distinct items in stock. */
      items: z.number().int(),
      onHand: z.number().int(),
      reserved: z.number().int(),
      available: z.number().int(),
    }),
  ),
});

export const lowStockQuerySchema = z.strictObject({ locationId: z.uuid().optional() });
export const lowStockResponseSchema = z.object({
  rows: z.array(
    z.object({
      item: supplyItemRefSchema,
      location: stockLocationRefSchema,
      available: z.number().int(),
      threshold: z.number().int(),
      shortBy: z.number().int(),
    }),
  ),
});

export const expiringQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(365).default(30),
  locationId: z.uuid().optional(),
});
export const expiringResponseSchema = z.object({
  rows: z.array(
    z.object({
      item: supplyItemRefSchema,
      location: stockLocationRefSchema,
      expiresOn: expiryDateSchema,
      /** Negative when already expired and not yet written off. */
      daysLeft: z.number().int(),
      onHand: z.number().int(),
    }),
  ),
});

export const consumptionQuerySchema = z.strictObject({
  weeks: z.coerce.number().int().min(1).max(52).default(12),
  category: supplyCategorySchema.optional(),
  /** The most consumed items first. */
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export const consumptionResponseSchema = z.object({
  /** Monday of each week, oldest first; `perWeek` values line up with it. */
  weeks: z.array(z.iso.date()),
  rows: z.array(
    z.object({
      item: supplyItemRefSchema,
      /** Handed out (distributed minus returned) per week. */
      perWeek: z.array(z.number().int()),
      /** Average per day over the last four weeks. */
      dailyRate: z.number(),
      available: z.number().int(),
      /** "Lasts about N days at the current rate"; null when nothing was handed out lately. */
      lastsDays: z.number().int().nullable(),
    }),
  ),
});

export const donationsReportQuerySchema = z.strictObject(dateRange);
export const donationsReportResponseSchema = z.object({
  rows: z.array(
    z.object({
      month,
      source: z.enum(SUPPLY_SOURCES),
      category: supplyCategorySchema,
      receipts: z.number().int(),
      quantity: z.number().int(),
    }),
  ),
});

export const policeLossesQuerySchema = z.strictObject({ ...dateRange, evictionId: z.uuid().optional() });
export const policeLossesResponseSchema = z.object({
  rows: z.array(
    z.object({
      month,
      reason: z.enum(WRITE_OFF_REASONS),
      category: supplyCategorySchema,
      /** The eviction vocabulary's property type ("tents"), when the item has one. */
      propertyType: z.object({ code: z.string(), labelEn: z.string(), labelFr: z.string() }).nullable(),
      quantity: z.number().int(),
      /** Distinct evictions the write-offs are linked to. */
      evictions: z.number().int(),
      incidents: z.number().int(),
    }),
  ),
});
