import type { Db } from '@vigil/db';

/** The rows the scenarios write against, taken from the demo data. */
export interface References {
  actTypeIds: string[];
  evictionIds: string[];
  itemIds: string[];
  fromLocationId: string;
  toLocationId: string;
}

export async function references(db: Db): Promise<References> {
  const actTypes = await db.vocabularyTerm.findMany({
    where: { kind: 'act_type', active: true },
    select: { id: true },
    take: 2,
  });
  const evictions = await db.eviction.findMany({
    select: { id: true },
    orderBy: { startAt: 'desc' },
    take: 3,
  });
  // Items without expiry batches: a receipt and a transfer then need no batch dates.
  const items = await db.supplyItem.findMany({
    where: { tracksExpiry: false, active: true },
    select: { id: true },
    orderBy: { code: 'asc' },
    take: 3,
  });
  const locations = await db.stockLocation.findMany({
    where: { active: true },
    select: { id: true },
    orderBy: { name: 'asc' },
    take: 2,
  });
  if (actTypes.length < 2 || !evictions.length || items.length < 3 || locations.length < 2) {
    throw new Error('The demo data lacks act types, evictions, items or locations');
  }
  return {
    actTypeIds: actTypes.map((t) => t.id),
    evictionIds: evictions.map((e) => e.id),
    itemIds: items.map((i) => i.id),
    fromLocationId: locations[0]!.id,
    toLocationId: locations[1]!.id,
  };
}
