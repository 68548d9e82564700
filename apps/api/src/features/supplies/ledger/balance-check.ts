import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import { NO_EXPIRY } from './stock-session';

export interface BalanceMismatch {
  itemCode: string;
  location: string;
  expiresOn: string | null;
  onHand: number;
  ledger: number;
  reserved: number;
  reservations: number;
}

/** An item whose per-item total (stock_item_totals) differs from the sum of its balances. */
export interface TotalMismatch {
  itemCode: string;
  onHand: number;
  balances: number;
  reserved: number;
  reservedBalances: number;
}

/**
 * Proves the balance table: for every item, location and batch, on hand equals the sum of the ledger,
 * reserved equals the sum of packed distributions' reservations, and neither is negative. One pass
 * over the ledger (a hash aggregate), so it runs on millions of movements.
 */
export async function checkBalances(
  db: DbOrTx,
): Promise<{ rows: number; mismatches: BalanceMismatch[]; totals: TotalMismatch[] }> {
  const rows = await sqlOf(db).query<{
    item_code: string;
    location: string;
    expires_on: Date;
    on_hand: number;
    ledger: number;
    reserved: number;
    reservations: number;
  }>(Prisma.sql`
    WITH ledger AS (
      SELECT item_id, location_id, expires_on, sum(quantity)::bigint AS quantity
      FROM stock_movements GROUP BY item_id, location_id, expires_on),
    held AS (
      SELECT item_id, location_id, expires_on, sum(quantity)::bigint AS quantity
      FROM distribution_reservations GROUP BY item_id, location_id, expires_on),
    joined AS (
      SELECT coalesce(b.item_id, l.item_id, h.item_id) AS item_id,
             coalesce(b.location_id, l.location_id, h.location_id) AS location_id,
             coalesce(b.expires_on, l.expires_on, h.expires_on) AS expires_on,
             coalesce(b.on_hand, 0)::bigint AS on_hand, coalesce(l.quantity, 0) AS ledger,
             coalesce(b.reserved, 0)::bigint AS reserved, coalesce(h.quantity, 0) AS reservations
      FROM stock_balances b
      FULL JOIN ledger l USING (item_id, location_id, expires_on)
      FULL JOIN held h ON h.item_id = coalesce(b.item_id, l.item_id) AND h.location_id = coalesce(b.location_id, l.location_id)
                      AND h.expires_on = coalesce(b.expires_on, l.expires_on))
    SELECT i.code AS item_code, s.name AS location, j.expires_on, j.on_hand::int, j.ledger::int, j.reserved::int,
           j.reservations::int
    FROM joined j JOIN supply_items i ON i.id = j.item_id JOIN stock_locations s ON s.id = j.location_id
    WHERE j.on_hand <> j.ledger OR j.reserved <> j.reservations OR j.on_hand < 0 OR j.reserved < 0 OR j.reserved > j.on_hand
    ORDER BY i.code, s.name, j.expires_on`);
  const count = await sqlOf(db).query<{ n: number }>(
    Prisma.sql`SELECT count(*)::int AS n FROM stock_balances`,
  );
  return {
    rows: count[0]?.n ?? 0,
    totals: await checkItemTotals(db),
    mismatches: rows.map((r) => {
      const day = r.expires_on.toISOString().slice(0, 10);
      return {
        itemCode: r.item_code,
        location: r.location,
        expiresOn: day === NO_EXPIRY ? null : day,
        onHand: r.on_hand,
        ledger: r.ledger,
        reserved: r.reserved,
        reservations: r.reservations,
      };
    }),
  };
}

/** Proves the per-item totals: each equals the sum of the item's balances (hence of the ledger). */
async function checkItemTotals(db: DbOrTx): Promise<TotalMismatch[]> {
  const rows = await sqlOf(db).query<{
    item_code: string;
    on_hand: number;
    balances: number;
    reserved: number;
    reserved_balances: number;
  }>(Prisma.sql`
    WITH sums AS (
      SELECT item_id, sum(on_hand)::bigint AS on_hand, sum(reserved)::bigint AS reserved
      FROM stock_balances GROUP BY item_id)
    SELECT i.code AS item_code, coalesce(t.on_hand, 0)::int AS on_hand, coalesce(s.on_hand, 0)::int AS balances,
           coalesce(t.reserved, 0)::int AS reserved, coalesce(s.reserved, 0)::int AS reserved_balances
    FROM stock_item_totals t FULL JOIN sums s USING (item_id) JOIN supply_items i ON i.id = coalesce(t.item_id, s.item_id)
    WHERE coalesce(t.on_hand, 0) <> coalesce(s.on_hand, 0) OR coalesce(t.reserved, 0) <> coalesce(s.reserved, 0)
    ORDER BY i.code`);
  return rows.map((r) => ({
    itemCode: r.item_code,
    onHand: r.on_hand,
    balances: r.balances,
    reserved: r.reserved,
    reservedBalances: r.reserved_balances,
  }));
}
