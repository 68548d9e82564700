import { Prisma, sqlOf } from '@vigil/db';
import { AppError } from '../../../lib/app-error';
import { stockByLocation } from '../../supplies/reports/stock-reports';
import type { BlockContext } from '../overview-context';
import { EXPIRING_DAYS, stockAlerts } from './stock-alerts-block';

const locationSelect = { id: true, name: true, kind: true } as const;

/** The active location the reader last recorded a movement at (a transfer's last leg), if any. */
async function lastUsedLocationId({ db, actor }: BlockContext): Promise<string | null> {
  const [row] = await sqlOf(db).query<{ location_id: string }>(Prisma.sql`
    SELECT m.location_id::text FROM stock_operations o
    JOIN stock_movements m ON m.operation_id = o.id
    JOIN stock_locations l ON l.id = m.location_id AND l.active
    WHERE o.actor_id = ${actor.userId}::uuid
    ORDER BY o.created_at DESC, m.id DESC LIMIT 1`);
  return row?.location_id ?? null;
}

/** The location asked for; else the one last used; else the first warehouse by name. */
async function chooseLocation(context: BlockContext) {
  const { db, query } = context;
  if (query.locationId) {
    const asked = await db.stockLocation.findFirst({
      where: { id: query.locationId, active: true },
      select: locationSelect,
    });
    if (!asked) throw AppError.notFound('Location');
    return { location: asked, chosenBy: 'query' as const };
  }
  const lastId = await lastUsedLocationId(context);
  if (lastId) {
    const location = await db.stockLocation.findUniqueOrThrow({
      where: { id: lastId },
      select: locationSelect,
    });
    return { location, chosenBy: 'last_movement' as const };
  }
  const location = await db.stockLocation.findFirst({
    where: { kind: 'warehouse', active: true },
    orderBy: { name: 'asc' },
    select: locationSelect,
  });
  return { location, chosenBy: 'first_warehouse' as const };
}

/** Stock at "my location": per category, what runs low there and what expires there soon. */
export async function stockHereBlock(context: BlockContext) {
  const [{ location, chosenBy }, locations] = await Promise.all([
    chooseLocation(context),
    context.db.stockLocation.findMany({
      where: { active: true },
      orderBy: { name: 'asc' },
      select: locationSelect,
    }),
  ]);
  if (!location) {
    const none = { total: 0, items: [] };
    return {
      location,
      chosenBy,
      locations,
      expiringDays: EXPIRING_DAYS,
      categories: [],
      low: none,
      expiring: none,
    };
  }
  const [byLocation, alerts] = await Promise.all([
    stockByLocation(context.db),
    stockAlerts(context, location.id),
  ]);
  const categories = byLocation.filter((row) => row.location.id === location.id);
  return { location, chosenBy, locations, expiringDays: EXPIRING_DAYS, categories, ...alerts };
}
