import type { Db, Site, SupplyItem } from '@vigil/db';
import type { Actor } from '../../apps/api/src/lib/actor';
import { createAuditService } from '../../apps/api/src/features/audit/audit-service';
import { createDistributionFlow } from '../../apps/api/src/features/supplies/distributions/distribution-flow';
import { createDistributionsService } from '../../apps/api/src/features/supplies/distributions/distributions-service';
import { createNeedsService } from '../../apps/api/src/features/supplies/needs/needs-service';
import { createStockService } from '../../apps/api/src/features/supplies/stock/stock-service';
import { createStocktakeService } from '../../apps/api/src/features/supplies/stock/stocktake-service';

const DAY = 86_400_000;

/** A stock-take last month, thresholds (a few items low), bread about to expire, needs and plans. */
export async function finishingTouches(
  db: Db,
  ctx: {
    warehouse: string;
    van1: string;
    van2: string;
    item: (code: string) => SupplyItem;
    site: (name: string) => Site | null;
    people: { volunteer: Actor; coordinator: Actor };
  },
) {
  const { warehouse, van1, van2, item, site, people } = ctx;
  const counted = await db.stockBalance.findMany({
    where: { locationId: warehouse, expiresOn: new Date('9999-12-31'), onHand: { gt: 10 }, reserved: 0 },
    take: 12,
  });
  await createStocktakeService(db, createAuditService(db)).confirm(
    people.coordinator,
    {
      locationId: warehouse,
      reason: 'Monthly count',
      occurredAt: new Date(Date.now() - 30 * DAY),
      lines: counted.map((b, i) => ({ itemId: b.itemId, counted: i % 4 === 0 ? b.onHand - 3 : b.onHand })),
    },
    null,
  );
  // Thresholds a little under today's stock for the shelter essentials, except two the vans run low on.
  const essentials = ['TENT-2P', 'SLEEPING-BAG', 'BLANKET', 'TARP-4X6', 'HYGIENE-KIT'].map(
    (code) => item(code).id,
  );
  const stocked = await db.stockBalance.groupBy({
    by: ['itemId', 'locationId'],
    where: { itemId: { in: essentials }, locationId: { in: [warehouse, van1, van2] } },
    _sum: { onHand: true },
  });
  const short = new Set([`${item('SLEEPING-BAG').id}|${van2}`, `${item('TENT-2P').id}|${van1}`]);
  await db.stockThreshold.createMany({
    data: stocked.map((b) => {
      const have = b._sum.onHand ?? 0;
      const low = short.has(`${b.itemId}|${b.locationId}`);
      return {
        itemId: b.itemId,
        locationId: b.locationId,
        minQuantity: low ? have + 25 : Math.floor(have * 0.6),
      };
    }),
  });
  const stock = createStockService(db);
  await stock.receive(
    people.volunteer,
    {
      locationId: van2,
      source: 'surplus',
      donor: 'Carrefour Grande-Synthe',
      lines: [
        {
          itemId: item('TINNED-FISH').id,
          quantity: 48,
          expiresOn: new Date(Date.now() + 12 * DAY).toISOString().slice(0, 10),
        },
      ],
    },
    null,
  );
  const needs = createNeedsService(db);
  const soon = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
  const ask = async (
    where: string | null,
    partner: string | null,
    days: number,
    lines: [string, number][],
    note: string | null,
  ) =>
    needs.create(people.coordinator, {
      siteId: where ? site(where)?.id : null,
      partner,
      neededBy: soon(days),
      note,
      lines: lines.map(([c, q]) => ({ itemId: item(c).id, quantity: q })),
    });
  const winter = await ask(
    'Puythouck woods',
    null,
    3,
    [
      ['SLEEPING-BAG', 120],
      ['TENT-2P', 40],
      ['TARP-4X6', 30],
    ],
    'After the eviction: everything was taken',
  );
  await ask(
    'Hospital site',
    null,
    5,
    [
      ['BLANKET', 150],
      ['HAT-GLOVES', 100],
    ],
    'Cold snap forecast',
  );
  await ask(
    null,
    "Refugee Women's Centre",
    7,
    [
      ['SANITARY-PADS', 80],
      ['NAPPIES-4', 30],
    ],
    'For the women and families at the gymnasium',
  );
  await ask(
    'Quai de la Moselle distribution point',
    null,
    10,
    [
      ['CHARGER-USBC', 60],
      ['POWER-BANK', 25],
    ],
    null,
  );
  const distributions = createDistributionsService(db);
  // Packed for tomorrow: the van's best-stocked shelter item is reserved (available drops, on hand does not).
  const best = await db.stockBalance.findFirst({
    where: { locationId: van2, reserved: 0, onHand: { gt: 5 }, item: { category: 'shelter' } },
    orderBy: { onHand: 'desc' },
  });
  const planned = await distributions.create(people.volunteer, {
    locationId: van2,
    siteId: site('Puythouck woods')?.id,
    needId: winter.id,
    scheduledAt: new Date(Date.now() + DAY),
    note: 'Bring the tarps first',
    lines: [
      { itemId: best?.itemId ?? item('SLEEPING-BAG').id, quantity: best ? Math.min(10, best.onHand) : 1 },
    ],
  });
  if (best) await createDistributionFlow(db).pack(planned.id, planned.version);
  await distributions.create(people.volunteer, {
    locationId: van1,
    siteId: site('Hospital site')?.id,
    scheduledAt: new Date(Date.now() + 2 * DAY),
    lines: [
      { itemId: item('BLANKET').id, quantity: 20 },
      { itemId: item('SOCKS').id, quantity: 40 },
    ],
  });
}
