import type {
  donationsReportQuerySchema,
  donationsReportResponseSchema,
  expiringQuerySchema,
  lowStockQuerySchema,
  stockByLocationResponseSchema,
} from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import { isoDate } from '../ledger/operations';
import { NO_EXPIRY } from '../ledger/stock-session';
import { REF_COLUMNS, type RefRow, itemOf, locationOf, rangeSql } from './report-rows';

type ByLocationRow = z.output<typeof stockByLocationResponseSchema>['rows'][number];
const atLocation = (locationId?: string) =>
  locationId ? Prisma.sql`AND l.id = ${locationId}::uuid` : Prisma.empty;

/** Stock on hand per location and category. */
export async function stockByLocation(db: DbOrTx) {
  const rows = await sqlOf(db).query<Omit<ByLocationRow, 'location'> & RefRow>(Prisma.sql`
    SELECT l.id::text AS location_id, l.name AS location_name, l.kind::text AS location_kind, i.category::text AS category,
           count(DISTINCT b.item_id) FILTER (WHERE b.on_hand > 0)::int AS items,
           sum(b.on_hand)::int AS "onHand", sum(b.reserved)::int AS reserved, sum(b.on_hand - b.reserved)::int AS available
    FROM stock_balances b JOIN supply_items i ON i.id = b.item_id JOIN stock_locations l ON l.id = b.location_id
    GROUP BY l.id, l.name, l.kind, i.category HAVING sum(b.on_hand) > 0
    ORDER BY l.name, i.category`);
  return rows.map((r) => ({
    location: locationOf(r),
    category: r.category,
    items: r.items,
    onHand: r.onHand,
    reserved: r.reserved,
    available: r.available,
  }));
}

/** Item and location pairs below their threshold, the shortest first. */
export async function lowStock(db: DbOrTx, query: z.output<typeof lowStockQuerySchema>) {
  const rows = await sqlOf(db).query<RefRow & { threshold: number; available: number }>(Prisma.sql`
    SELECT ${REF_COLUMNS}, t.min_quantity AS threshold,
           coalesce((SELECT sum(b.on_hand - b.reserved) FROM stock_balances b
                     WHERE b.item_id = t.item_id AND b.location_id = t.location_id), 0)::int AS available
    FROM stock_thresholds t JOIN supply_items i ON i.id = t.item_id JOIN stock_locations l ON l.id = t.location_id
    WHERE i.active AND l.active ${atLocation(query.locationId)}`);
  return rows
    .filter((r) => r.available < r.threshold)
    .map((r) => ({
      item: itemOf(r),
      location: locationOf(r),
      available: r.available,
      threshold: r.threshold,
      shortBy: r.threshold - r.available,
    }))
    .sort((a, b) => b.shortBy / b.threshold - a.shortBy / a.threshold);
}

/** Batches in stock expiring within `days` (or already expired and not yet written off). */
export async function expiring(db: DbOrTx, query: z.output<typeof expiringQuerySchema>) {
  const rows = await sqlOf(db).query<
    RefRow & { expires_on: Date; on_hand: number; days_left: number }
  >(Prisma.sql`
    SELECT ${REF_COLUMNS}, b.expires_on, b.on_hand, (b.expires_on - current_date)::int AS days_left
    FROM stock_balances b JOIN supply_items i ON i.id = b.item_id JOIN stock_locations l ON l.id = b.location_id
    WHERE b.on_hand > 0 AND b.expires_on < ${NO_EXPIRY}::date AND b.expires_on < current_date + ${query.days}::int
      ${atLocation(query.locationId)}
    ORDER BY b.expires_on, i.name_en, l.name`);
  return rows.map((r) => ({
    item: itemOf(r),
    location: locationOf(r),
    expiresOn: isoDate(r.expires_on),
    daysLeft: r.days_left,
    onHand: r.on_hand,
  }));
}

/** Receipts per month, source and category. */
export async function donations(db: DbOrTx, query: z.output<typeof donationsReportQuerySchema>) {
  return sqlOf(db).query<z.output<typeof donationsReportResponseSchema>['rows'][number]>(Prisma.sql`
    SELECT to_char(o.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, o.source::text AS source,
           i.category::text AS category, count(DISTINCT o.id)::int AS receipts, sum(m.quantity)::int AS quantity
    FROM stock_operations o JOIN stock_movements m ON m.operation_id = o.id JOIN supply_items i ON i.id = m.item_id
    WHERE o.kind = 'receive' AND ${rangeSql(Prisma.sql`o.occurred_at`, query)}
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
}
