import type {
  SupplyItemRef,
  SupplyItemSort,
  ledgerQuerySchema,
  stockOverviewQuerySchema,
} from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import { batchOf } from '../ledger/operations';
import { NO_EXPIRY } from '../ledger/stock-session';
import { itemRefSelect, locationRefSelect } from '../ledger/stock-refs';
import { encodeItemCursor, itemAfterSql, itemOrderSql } from './item-order';

type OverviewQuery = z.output<typeof stockOverviewQuerySchema>;
type LedgerQuery = z.output<typeof ledgerQuerySchema>;

/** Item filters shared by the catalogue list and the stock overview. */
export function itemFilterSql(
  query: { category?: string; q?: string; cursor?: string; sort?: SupplyItemSort },
  activeOnly = true,
) {
  const parts: Prisma.Sql[] = [activeOnly ? Prisma.sql`i.active` : Prisma.sql`true`];
  if (query.category) parts.push(Prisma.sql`i.category = ${query.category}::"SupplyCategory"`);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(Prisma.sql`(i.code ILIKE ${like} OR i.name_en ILIKE ${like} OR i.name_fr ILIKE ${like})`);
  }
  if (query.cursor) parts.push(itemAfterSql(query.sort ?? 'name_asc', query.cursor));
  return Prisma.join(parts, ' AND ');
}

interface OverviewRow {
  id: string;
  code: string;
  category: SupplyItemRef['category'];
  name_en: string;
  name_fr: string;
  unit: SupplyItemRef['unit'];
  size: string | null;
  gender: SupplyItemRef['gender'];
  priority: 'high' | 'normal' | 'low';
  on_hand: number;
  reserved: number;
  threshold: number | null;
  low: boolean;
  next_expiry: Date | null;
}

/**
 * The stock overview: a page of items with on hand, reserved and available at one location or over
 * all, and whether they are below a threshold. One statement: the page of items first, then only
 * their figures, so its cost follows the page size, not the ledger's. Over all locations the figures
 * are the item's row in stock_item_totals (kept by the ledger write) rather than the sum of one balance
 * per location, which sit on as many pages; the next expiry is the first batch in date order
 * (index on item and expiry), so items without dated batches cost one index probe.
 */
export async function stockOverview(db: DbOrTx, query: OverviewQuery) {
  const loc = query.locationId ?? null;
  const balanceAt = loc ? Prisma.sql`AND b.location_id = ${loc}::uuid` : Prisma.empty;
  const thresholdAt = loc ? Prisma.sql`AND t.location_id = ${loc}::uuid` : Prisma.empty;
  const lowSql = Prisma.sql`EXISTS (
      SELECT 1 FROM stock_thresholds t
      WHERE t.item_id = i.id ${thresholdAt}
        AND t.min_quantity > coalesce((SELECT sum(b.on_hand - b.reserved) FROM stock_balances b
                                       WHERE b.item_id = t.item_id AND b.location_id = t.location_id), 0))`;
  const figures = loc
    ? Prisma.sql`SELECT sum(b.on_hand) AS on_hand, sum(b.reserved) AS reserved
        FROM stock_balances b WHERE b.item_id = page.id ${balanceAt}`
    : Prisma.sql`SELECT t.on_hand, t.reserved FROM stock_item_totals t WHERE t.item_id = page.id`;
  const rows = await sqlOf(db).query<OverviewRow>(Prisma.sql`
    WITH page AS (
      SELECT i.id, i.code, i.category::text, i.name_en, i.name_fr, i.unit::text, i.size, i.gender::text,
             i.priority::text, ${lowSql} AS low
      FROM supply_items i
      WHERE ${itemFilterSql(query)} ${query.lowOnly === 'true' ? Prisma.sql`AND ${lowSql}` : Prisma.empty}
      ORDER BY ${itemOrderSql(query.sort, 'i')}
      LIMIT ${query.limit + 1})
    SELECT page.*,
      coalesce(s.on_hand, 0)::int AS on_hand, coalesce(s.reserved, 0)::int AS reserved,
      (SELECT b.expires_on FROM stock_balances b
       WHERE b.item_id = page.id ${balanceAt} AND b.expires_on < ${NO_EXPIRY}::date AND b.on_hand > 0
       ORDER BY b.expires_on LIMIT 1) AS next_expiry,
      (SELECT sum(t.min_quantity)::int FROM stock_thresholds t WHERE t.item_id = page.id ${thresholdAt}) AS threshold
    FROM page
    LEFT JOIN LATERAL (${figures}) s ON true
    ORDER BY ${itemOrderSql(query.sort, 'page')}`);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((r) => ({
      item: {
        id: r.id,
        code: r.code,
        category: r.category,
        nameEn: r.name_en,
        nameFr: r.name_fr,
        unit: r.unit,
        size: r.size,
        gender: r.gender,
        priority: r.priority,
      },
      onHand: r.on_hand,
      reserved: r.reserved,
      available: r.on_hand - r.reserved,
      threshold: r.threshold,
      low: r.low,
      nextExpiry: r.next_expiry ? batchOf(r.next_expiry) : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeItemCursor(query.sort, last) : null,
  };
}

/** The ledger, newest first, with each movement's operation context. */
export async function ledgerPage(db: DbOrTx, query: LedgerQuery) {
  const movements = await db.stockMovement.findMany({
    where: {
      itemId: query.itemId,
      locationId: query.locationId,
      kind: query.kind,
      id: query.cursor ? { lt: BigInt(query.cursor) } : undefined,
    },
    orderBy: { id: 'desc' },
    take: query.limit + 1,
    include: {
      item: { select: itemRefSelect },
      location: { select: locationRefSelect },
      operation: true,
    },
  });
  const page = movements.slice(0, query.limit);
  const names = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(page.map((m) => m.operation.actorId))] } },
        select: { id: true, displayName: true },
      })
    ).map((u) => [u.id, u.displayName]),
  );
  const last = page[page.length - 1];
  return {
    movements: page.map((m) => ({
      id: m.id.toString(),
      kind: m.kind,
      item: m.item,
      location: m.location,
      expiresOn: batchOf(m.expiresOn),
      quantity: m.quantity,
      operationId: m.operationId,
      operationKind: m.operation.kind,
      occurredAt: m.occurredAt,
      actorName: names.get(m.operation.actorId) ?? 'unknown',
      source: m.operation.source,
      writeOffReason: m.operation.writeOffReason,
      distributionId: m.operation.distributionId,
      evictionId: m.operation.evictionId,
    })),
    nextCursor: movements.length > query.limit && last ? last.id.toString() : null,
  };
}
