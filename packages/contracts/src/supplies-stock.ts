import { z } from 'zod';
import {
  STOCK_MOVEMENT_KINDS,
  STOCK_OPERATION_KINDS,
  SUPPLY_ITEM_SORTS,
  SUPPLY_SOURCES,
  WRITE_OFF_REASONS,
} from './enums/supplies';
import { bigintCursor, dateTime } from './common';
import {
  expiryDateSchema,
  stockLocationRefSchema,
  supplyCategorySchema,
  supplyItemRefSchema,
  supplyItemSchema,
  supplyQuantitySchema,
} from './supplies';

/**
 * The stock ledger: operations (a donation received, a van loaded, a write-off, a count) made of
 * signed movements per item, location and expiry batch. Every create takes an Idempotency-Key.
 * A movement that would take stock below zero is refused with 409; its message names the item,
 * the location, the quantity asked and the quantity available, and `details` carry the same.
 */

const note = z.string().trim().max(2_000).nullable().optional();
/** When it happened, if not now (a donation entered at the end of the day); never in the future. */
const occurredAt = dateTime.optional();

export const stockLineSchema = z.strictObject({
  itemId: z.uuid(),
  quantity: supplyQuantitySchema,
  /** The batch: required for items that track expiry when receiving; optional (first-expiring-first) when taking out. */
  expiresOn: expiryDateSchema.nullable().optional(),
});
const lines = z.array(stockLineSchema).min(1).max(200);

export const receiptBodySchema = z.strictObject({
  locationId: z.uuid(),
  source: z.enum(SUPPLY_SOURCES),
  /** Free text, e.g. "Secours populaire", "Boulangerie Paul rue Royale"; never a person's legal name. */
  donor: z.string().trim().max(200).nullable().optional(),
  note,
  occurredAt,
  lines,
});

export const transferBodySchema = z.strictObject({
  fromLocationId: z.uuid(),
  toLocationId: z.uuid(),
  note,
  occurredAt,
  lines: z
    .array(stockLineSchema.extend({ boxId: z.uuid().nullable().optional() }))
    .min(1)
    .max(200),
});

export const writeOffBodySchema = z.strictObject({
  locationId: z.uuid(),
  reason: z.enum(WRITE_OFF_REASONS),
  /** Required (one of the two) when the police seized or destroyed the stock. */
  evictionId: z.uuid().nullable().optional(),
  incidentId: z.uuid().nullable().optional(),
  note,
  occurredAt,
  lines,
});

export const stockMovementSchema = z.object({
  /** Ledger position (a 64-bit integer as a string). */
  id: z.string(),
  kind: z.enum(STOCK_MOVEMENT_KINDS),
  item: supplyItemRefSchema,
  location: stockLocationRefSchema,
  expiresOn: expiryDateSchema.nullable(),
  quantity: z.number().int(),
});

export const stockOperationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(STOCK_OPERATION_KINDS),
  occurredAt: dateTime,
  createdAt: dateTime,
  actor: z.object({ id: z.uuid(), displayName: z.string() }),
  source: z.enum(SUPPLY_SOURCES).nullable(),
  donor: z.string().nullable(),
  writeOffReason: z.enum(WRITE_OFF_REASONS).nullable(),
  evictionId: z.uuid().nullable(),
  incidentId: z.uuid().nullable(),
  distributionId: z.uuid().nullable(),
  note: z.string().nullable(),
  movements: z.array(stockMovementSchema),
});
export type StockOperationView = z.output<typeof stockOperationSchema>;
export const stockOperationResponseSchema = z.object({ operation: stockOperationSchema });

// ---- The ledger ------------------------------------------------------------------------------

export const ledgerQuerySchema = z.strictObject({
  itemId: z.uuid().optional(),
  locationId: z.uuid().optional(),
  kind: z.enum(STOCK_MOVEMENT_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The `nextCursor` of the previous page (newest first). */
  cursor: bigintCursor.optional(),
});

export const ledgerEntrySchema = stockMovementSchema.extend({
  operationId: z.uuid(),
  operationKind: z.enum(STOCK_OPERATION_KINDS),
  occurredAt: dateTime,
  actorName: z.string(),
  source: z.enum(SUPPLY_SOURCES).nullable(),
  writeOffReason: z.enum(WRITE_OFF_REASONS).nullable(),
  distributionId: z.uuid().nullable(),
  evictionId: z.uuid().nullable(),
});
export const ledgerResponseSchema = z.object({
  movements: z.array(ledgerEntrySchema),
  nextCursor: z.string().nullable(),
});

// ---- Current stock ---------------------------------------------------------------------------

/** On hand = the ledger's sum; reserved = held by packed distributions; available = on hand − reserved. */
const stockFigures = {
  onHand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int(),
};

export const stockOverviewQuerySchema = z.strictObject({
  /** One location's stock; without it, totals over every location. */
  locationId: z.uuid().optional(),
  category: supplyCategorySchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  /** Only items below a threshold (at the location, or at any location). */
  lowOnly: z.enum(['true', 'false']).optional(),
  sort: z.enum(SUPPLY_ITEM_SORTS).default('name_asc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Keyset cursor from the previous page: valid for the same sort only. */
  cursor: z.string().max(300).optional(),
});

export const stockOverviewRowSchema = z.object({
  item: supplyItemRefSchema.extend({ priority: z.enum(['high', 'normal', 'low']) }),
  ...stockFigures,
  /** The location's threshold, or the sum of thresholds over locations for totals. */
  threshold: z.number().int().nullable(),
  low: z.boolean(),
  /** Earliest expiry among batches in stock. */
  nextExpiry: expiryDateSchema.nullable(),
});
export const stockOverviewResponseSchema = z.object({
  rows: z.array(stockOverviewRowSchema),
  nextCursor: z.string().nullable(),
});

export const itemStockResponseSchema = z.object({
  item: supplyItemSchema,
  totals: z.object(stockFigures),
  locations: z.array(
    z.object({
      location: stockLocationRefSchema,
      ...stockFigures,
      threshold: z.number().int().nullable(),
      low: z.boolean(),
      batches: z.array(z.object({ expiresOn: expiryDateSchema.nullable(), ...stockFigures })),
    }),
  ),
});

// ---- Stock-take ------------------------------------------------------------------------------

export const stocktakeLineSchema = z.strictObject({
  itemId: z.uuid(),
  /** The batch counted; leave empty for items without expiry. Packed stock still on the shelf counts. */
  expiresOn: expiryDateSchema.nullable().optional(),
  counted: z.number().int().min(0).max(1_000_000),
});

export const stocktakePreviewBodySchema = z.strictObject({
  locationId: z.uuid(),
  lines: z.array(stocktakeLineSchema).min(1).max(2_000),
});

export const stocktakeConfirmBodySchema = stocktakePreviewBodySchema.extend({
  reason: z.string().trim().min(3).max(500),
  /** `basedOn` from the preview: refused (409) if the counted stock moved since, so nothing is lost. */
  basedOn: z
    .string()
    .regex(/^[0-9]{1,19}$/)
    .optional(),
  occurredAt,
});

export const stocktakeDifferenceSchema = z.object({
  item: supplyItemRefSchema,
  expiresOn: expiryDateSchema.nullable(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  counted: z.number().int(),
  /** counted − onHand: the adjustment written on confirmation. */
  difference: z.number().int(),
});

export const stocktakePreviewResponseSchema = z.object({
  location: stockLocationRefSchema,
  basedOn: z.string(),
  differences: z.array(stocktakeDifferenceSchema),
  unchanged: z.number().int(),
});

export const stocktakeConfirmResponseSchema = z.object({
  location: stockLocationRefSchema,
  differences: z.array(stocktakeDifferenceSchema),
  unchanged: z.number().int(),
  /** The count as recorded: an adjustment movement per difference (none when every count matched). */
  operation: stockOperationSchema,
});

// ---- Labelled boxes --------------------------------------------------------------------------

export const createBoxesBodySchema = z.strictObject({
  locationId: z.uuid(),
  itemId: z.uuid(),
  /** What one box or bag holds. */
  quantity: supplyQuantitySchema,
  expiresOn: expiryDateSchema.nullable().optional(),
  note: z.string().trim().max(200).nullable().optional(),
  /** How many identical boxes (one label each). */
  copies: z.number().int().min(1).max(100).default(1),
});

export const stockBoxSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  item: supplyItemRefSchema,
  location: stockLocationRefSchema,
  quantity: z.number().int(),
  expiresOn: expiryDateSchema.nullable(),
  note: z.string().nullable(),
  /** The dashboard page the label's QR code opens. */
  url: z.string(),
  createdAt: dateTime,
  updatedAt: dateTime,
  /** The item's stock where the box is, to move or distribute it from the scanned page. */
  stockHere: z.object(stockFigures),
});
export const stockBoxResponseSchema = z.object({ box: stockBoxSchema });
export const stockBoxListResponseSchema = z.object({ boxes: z.array(stockBoxSchema) });
export const stockBoxListQuerySchema = z.strictObject({
  locationId: z.uuid().optional(),
  itemId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** GET /api/supplies/labels.pdf?ids=…: an A4 page of labels (3 × 7), one per box. */
export const labelsQuerySchema = z.strictObject({
  ids: z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).min(1).max(105)),
});
