import type { DbOrTx } from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import { toItemView } from '../catalogue/item-view';
import { batchOf } from '../ledger/operations';
import { locationRefSelect } from '../ledger/stock-refs';

const figures = (onHand: number, reserved: number) => ({ onHand, reserved, available: onHand - reserved });

/** One item: its stock per location and batch, its thresholds, and whether each location runs low. */
export async function itemStock(db: DbOrTx, itemId: string) {
  const item = await db.supplyItem.findUnique({ where: { id: itemId } });
  if (!item) throw AppError.notFound('Item');
  const [balances, thresholds] = await Promise.all([
    db.stockBalance.findMany({
      where: { itemId, OR: [{ onHand: { not: 0 } }, { reserved: { not: 0 } }] },
      include: { location: { select: locationRefSelect } },
      orderBy: [{ expiresOn: 'asc' }],
    }),
    db.stockThreshold.findMany({ where: { itemId }, include: { location: { select: locationRefSelect } } }),
  ]);
  const byLocation = new Map<
    string,
    { location: (typeof balances)[number]['location']; rows: typeof balances }
  >();
  for (const t of thresholds) byLocation.set(t.locationId, { location: t.location, rows: [] });
  for (const b of balances) {
    const entry = byLocation.get(b.locationId) ?? { location: b.location, rows: [] };
    entry.rows.push(b);
    byLocation.set(b.locationId, entry);
  }
  const thresholdOf = new Map(thresholds.map((t) => [t.locationId, t.minQuantity]));
  const locations = [...byLocation.values()]
    .map(({ location, rows }) => {
      const onHand = rows.reduce((s, r) => s + r.onHand, 0);
      const reserved = rows.reduce((s, r) => s + r.reserved, 0);
      const threshold = thresholdOf.get(location.id) ?? null;
      return {
        location,
        ...figures(onHand, reserved),
        threshold,
        low: threshold !== null && onHand - reserved < threshold,
        batches: rows.map((r) => ({ expiresOn: batchOf(r.expiresOn), ...figures(r.onHand, r.reserved) })),
      };
    })
    .sort((a, b) => a.location.name.localeCompare(b.location.name));
  const onHand = locations.reduce((s, l) => s + l.onHand, 0);
  const reserved = locations.reduce((s, l) => s + l.reserved, 0);
  return { item: toItemView(item), totals: figures(onHand, reserved), locations };
}
