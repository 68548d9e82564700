import type { Db, Site, SupplyItem } from '@vigil/db';
import type { Actor } from '../../apps/api/src/lib/actor';
import { createDistributionsService } from '../../apps/api/src/features/supplies/distributions/distributions-service';
import { createStockService } from '../../apps/api/src/features/supplies/stock/stock-service';
import { demoCatalogue } from './demo-supplies-catalogue';
import { finishingTouches } from './demo-supplies-plans';
import { seededRandom } from './random';

const DAY = 86_400_000;
const HISTORY_DAYS = 120;
type Line = { itemId: string; quantity: number; expiresOn?: string };

/** How much of a thing arrives in one donation, by category. */
const LOT: Record<string, [number, number]> = {
  shelter: [5, 30],
  food: [20, 150],
  water: [24, 120],
  clothing: [5, 25],
  shoes: [4, 16],
  hygiene: [20, 100],
  nappies: [5, 30],
  phone: [5, 30],
  first_aid: [5, 20],
  kitchen: [2, 10],
  fuel: [10, 40],
  stationery: [10, 50],
};

/**
 * Four months of a Calais depot, through the real services so every rule holds: donations and bakery
 * surplus, vans loaded twice a week, distributions most evenings counted by group, expired food and
 * police write-offs linked to the demo evictions whose property was the collective's, a stock-take,
 * open needs, a planned and a packed distribution, some items low and some about to expire.
 */
export async function seedDemoSupplies(
  db: Db,
  sites: Site[],
  people: { volunteer: Actor; coordinator: Actor },
) {
  const rnd = seededRandom(793);
  const types = new Map(
    (await db.vocabularyTerm.findMany({ where: { kind: 'property_type' } })).map((t) => [t.code, t.id]),
  );
  await db.supplyItem.createMany({
    data: demoCatalogue(types.get('clothes') ?? null, types.get('food') ?? null, types.get('phones') ?? null),
    skipDuplicates: true,
  });
  const items = await db.supplyItem.findMany();
  const item = (code: string) => items.find((i) => i.code === code)!;
  const site = (name: string) => sites.find((s) => s.name === name) ?? null;
  const place = async (name: string, kind: 'warehouse' | 'van' | 'distribution_point', siteName?: string) =>
    (await db.stockLocation.create({ data: { name, kind, siteId: siteName ? site(siteName)?.id : null } }))
      .id;
  const warehouse = await place('Calais warehouse', 'warehouse');
  const depot = await place('Grande-Synthe depot', 'warehouse');
  const van1 = await place('Van 1 (Calais)', 'van');
  const van2 = await place('Van 2 (Grande-Synthe)', 'van');
  const quai = await place(
    'Quai de la Moselle point',
    'distribution_point',
    'Quai de la Moselle distribution point',
  );
  const puythouck = await place('Puythouck woods point', 'distribution_point', 'Puythouck woods');
  const hospital = await place('Hospital site point', 'distribution_point', 'Hospital site');
  await db.stockLocation.create({
    data: { name: 'Van 3 (off the road)', kind: 'van', active: false, notes: 'Gearbox gone' },
  });

  const stock = createStockService(db);
  const distributions = createDistributionsService(db);
  const { volunteer, coordinator } = people;
  const start = Date.now() - HISTORY_DAYS * DAY;
  const at = (day: number, hour: number) =>
    new Date(Math.min(start + day * DAY + hour * 3_600_000, Date.now() - 60_000));
  const expiry = (from: Date, days: number) =>
    new Date(from.getTime() + days * DAY).toISOString().slice(0, 10);
  const lot = (i: SupplyItem, when: Date): Line => ({
    itemId: i.id,
    quantity: rnd.int(...(LOT[i.category] ?? [5, 20])),
    ...(i.tracksExpiry ? { expiresOn: expiry(when, i.code === 'BREAD' ? 2 : rnd.int(40, 400)) } : {}),
  });
  const pick = (n: number) => [...new Set(Array.from({ length: n }, () => rnd.pick(items)))];
  async function available(locationId: string) {
    const rows = await db.stockBalance.groupBy({
      by: ['itemId'],
      where: { locationId },
      _sum: { onHand: true, reserved: true },
    });
    return rows
      .map((r) => ({ itemId: r.itemId, n: (r._sum.onHand ?? 0) - (r._sum.reserved ?? 0) }))
      .filter((r) => r.n > 0);
  }
  /** Some of what a location has, as lines for a transfer or distribution. */
  async function share(locationId: string, lines: number, fraction: number) {
    const have = await available(locationId);
    return [...new Set(Array.from({ length: Math.min(lines, have.length) }, () => rnd.pick(have)))]
      .map((h) => ({ itemId: h.itemId, quantity: Math.max(1, Math.floor(h.n * fraction * rnd.next())) }))
      .filter((l) => l.quantity > 0);
  }

  // Opening stock: the winter appeal and a purchase of shelter.
  await stock.receive(
    volunteer,
    {
      locationId: warehouse,
      source: 'donation',
      donor: 'Winter appeal (UK)',
      occurredAt: at(0, 10),
      lines: items.filter((i) => i.active && i.code !== 'BREAD').map((i) => lot(i, at(0, 10))),
    },
    null,
  );
  await stock.receive(
    coordinator,
    {
      locationId: warehouse,
      source: 'purchase',
      occurredAt: at(0, 11),
      lines: ['TENT-2P', 'TENT-4P', 'SLEEPING-BAG', 'BLANKET', 'TARP-4X6'].map((c) => ({
        itemId: item(c).id,
        quantity: 120,
      })),
    },
    null,
  );
  const evictions = await db.eviction.findMany({
    where: { startAt: { gte: new Date(start) } },
    include: { property: { include: { propertyType: true } } },
    orderBy: { startAt: 'asc' },
  });

  for (let day = 1; day < HISTORY_DAYS; day += 1) {
    const weekday = new Date(start + day * DAY).getUTCDay();
    if (weekday === 1 || weekday === 4) {
      await stock.receive(
        volunteer,
        {
          locationId: rnd.chance(0.8) ? warehouse : depot,
          source: rnd.pick(['donation', 'donation', 'salvage'] as const),
          donor: rnd.pick([
            'Secours populaire',
            'Church collection, Lille',
            'Anonymous',
            'School drive, Dunkerque',
            null,
          ]),
          occurredAt: at(day, 10),
          lines: pick(rnd.int(6, 12))
            .filter((i) => i.active)
            .map((i) => lot(i, at(day, 10))),
        },
        null,
      );
    }
    if (weekday !== 0 && rnd.chance(0.5)) {
      await stock.receive(
        volunteer,
        {
          locationId: van1,
          source: 'surplus',
          donor: 'Boulangerie rue Royale',
          occurredAt: at(day, 8),
          lines: [lot(item('BREAD'), at(day, 8))],
        },
        null,
      );
    }
    if (weekday === 2 || weekday === 5) {
      for (const [from, to] of [
        [warehouse, van1],
        [warehouse, van2],
        [depot, van2],
      ] as const) {
        const lines = await share(from, 10, 0.3);
        if (lines.length)
          await stock.transfer(
            volunteer,
            { fromLocationId: from, toLocationId: to, occurredAt: at(day, 14), lines },
            null,
          );
      }
      for (const [from, to] of [
        [van1, rnd.pick([quai, hospital])],
        [van2, puythouck],
      ] as const) {
        const lines = await share(from, 4, 0.2);
        if (lines.length)
          await stock.transfer(
            volunteer,
            { fromLocationId: from, toLocationId: to, occurredAt: at(day, 16), lines },
            null,
          );
      }
    }
    if (weekday !== 0) {
      const [from, where] = rnd.pick([
        [van1, 'Quai de la Moselle distribution point'],
        [van1, 'Hospital site'],
        [van2, 'Puythouck woods'],
      ] as const);
      const lines = await share(from, rnd.int(4, 8), 0.5);
      const men = rnd.int(60, 350);
      if (lines.length) {
        await distributions.record(
          volunteer,
          {
            locationId: from,
            siteId: site(where)?.id,
            distributedAt: at(day, 19),
            served: {
              men,
              women: Math.round(men * 0.08),
              families: rnd.int(0, 8),
              minors: Math.round(men * 0.1),
            },
            lines,
          },
          null,
        );
      }
    }
    await writeOffs(day);
  }

  /** Expired batches go; what the police destroyed at an eviction is written off against it. */
  async function writeOffs(day: number) {
    const today = at(day, 21);
    const expired = await db.stockBalance.findMany({
      where: { onHand: { gt: 0 }, reserved: 0, expiresOn: { lt: today } },
    });
    for (const b of expired) {
      await stock.writeOff(
        volunteer,
        {
          locationId: b.locationId,
          reason: 'expired',
          occurredAt: today,
          lines: [
            { itemId: b.itemId, quantity: b.onHand, expiresOn: b.expiresOn.toISOString().slice(0, 10) },
          ],
        },
        null,
      );
    }
    for (const e of evictions.filter((x) => x.startAt >= at(day, 0) && x.startAt < at(day + 1, 0))) {
      const point =
        e.siteId === site('Puythouck woods')?.id
          ? puythouck
          : e.siteId === site('Hospital site')?.id
            ? hospital
            : van2;
      const have = new Map((await available(point)).map((h) => [h.itemId, h.n]));
      for (const p of e.property.filter((x) => x.collectiveOwned)) {
        const lost = items.find((i) => i.propertyTypeId === p.propertyTypeId && (have.get(i.id) ?? 0) > 0);
        if (!lost) continue;
        await stock.writeOff(
          coordinator,
          {
            locationId: point,
            reason: p.fate === 'seized' ? 'seized_by_police' : 'destroyed_by_police',
            evictionId: e.id,
            note: `${p.propertyType.labelEn} ${p.fate} during ${e.reference}`,
            occurredAt: e.endAt ?? e.startAt,
            lines: [{ itemId: lost.id, quantity: Math.min(p.count, have.get(lost.id)!) }],
          },
          null,
        );
      }
    }
  }

  await finishingTouches(db, { warehouse, van1, van2, item, site, people });
}
