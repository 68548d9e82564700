import type { consumptionQuerySchema } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import { isoDate } from '../ledger/operations';
import { itemRefSelect } from '../ledger/stock-refs';

const DAY = 86_400_000;
const RATE_DAYS = 28;

function mondayOf(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

/**
 * Handed out per item per week (distributed minus returned), the most used first, with the rate over
 * the last four weeks and "lasts about N days" at that rate from what is available now.
 */
export async function consumption(
  db: DbOrTx,
  query: z.output<typeof consumptionQuerySchema>,
  now = new Date(),
) {
  const start = new Date(mondayOf(now).getTime() - (query.weeks - 1) * 7 * DAY);
  const since = new Date(now.getTime() - RATE_DAYS * DAY);
  const category = query.category
    ? Prisma.sql`AND i.category = ${query.category}::"SupplyCategory"`
    : Prisma.empty;
  const rows = await sqlOf(db).query<{ item_id: string; week: number; n: number; recent: number }>(Prisma.sql`
    SELECT m.item_id::text, floor(extract(epoch FROM m.occurred_at - ${start}::timestamptz) / 604800)::int AS week,
           (-sum(m.quantity))::int AS n, (-sum(m.quantity) FILTER (WHERE m.occurred_at >= ${since}::timestamptz))::int AS recent
    FROM stock_movements m JOIN supply_items i ON i.id = m.item_id
    WHERE m.kind IN ('distribute', 'return') AND m.occurred_at >= ${start}::timestamptz ${category}
    GROUP BY 1, 2`);
  const byItem = new Map<string, { perWeek: number[]; total: number; recent: number }>();
  for (const r of rows) {
    const entry = byItem.get(r.item_id) ?? {
      perWeek: new Array<number>(query.weeks).fill(0),
      total: 0,
      recent: 0,
    };
    if (r.week >= 0 && r.week < query.weeks) entry.perWeek[r.week] = r.n;
    entry.total += r.n;
    entry.recent += r.recent ?? 0;
    byItem.set(r.item_id, entry);
  }
  const top = [...byItem.entries()].sort((a, b) => b[1].total - a[1].total).slice(0, query.limit);
  const ids = top.map(([id]) => id);
  const [items, stock] = await Promise.all([
    db.supplyItem.findMany({ where: { id: { in: ids } }, select: itemRefSelect }),
    db.stockBalance.groupBy({
      by: ['itemId'],
      where: { itemId: { in: ids } },
      _sum: { onHand: true, reserved: true },
    }),
  ]);
  const itemOf = new Map(items.map((i) => [i.id, i]));
  const availableOf = new Map(stock.map((s) => [s.itemId, (s._sum.onHand ?? 0) - (s._sum.reserved ?? 0)]));
  return {
    weeks: Array.from({ length: query.weeks }, (_, w) => isoDate(new Date(start.getTime() + w * 7 * DAY))),
    rows: top.map(([id, c]) => {
      const dailyRate = Math.max(0, c.recent) / RATE_DAYS;
      const available = availableOf.get(id) ?? 0;
      return {
        item: itemOf.get(id)!,
        perWeek: c.perWeek,
        dailyRate: Math.round(dailyRate * 100) / 100,
        available,
        lastsDays: dailyRate > 0 ? Math.floor(available / dailyRate) : null,
      };
    }),
  };
}
