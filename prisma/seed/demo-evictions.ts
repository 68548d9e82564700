import type { Db, Site } from '@vigil/db';
import { seededRandom } from './random';

const STEPS = [
  'CRS vans arrive and block the access road',
  'Officers order people out of the tents; no order is shown when asked',
  'Bailiff present, reading from a document; reference not given',
  'Cleaning contractor starts loading tents and sleeping bags into a skip',
  'ID checks on people leaving; observers told to stop filming',
  'Buses leave for shelter; most people stay out of sight in the woods',
  'Forces leave; the site is empty of belongings',
];

/**
 * Evictions at the camps every few days over the last six months (2019 saw 275 a quarter across two
 * towns), most at dawn, each with forces, property taken and a timestamped observation log.
 */
export async function seedDemoEvictions(db: Db, sites: Site[], observerId: string, reviewerId: string) {
  const rnd = seededRandom(275);
  const terms = new Map((await db.vocabularyTerm.findMany()).map((t) => [t.code, t.id]));
  const camps = sites.filter((s) => s.type === 'camp' || s.type === 'informal_site');
  const start = Date.UTC(2026, 4, 20);
  let n = 0;
  for (let day = 0; day < 180; day += rnd.int(1, 3)) {
    const site = rnd.pick(camps);
    const at = new Date(start + day * 86_400_000);
    at.setUTCHours(rnd.int(5, 7), rnd.int(0, 59), 0, 0);
    n += 1;
    const status = day > 170 ? 'draft' : rnd.chance(0.6) ? 'reviewed' : 'submitted';
    const people = rnd.int(15, 250);
    await db.eviction.create({
      data: {
        reference: `EVC-${at.getUTCFullYear()}-${String(n).padStart(6, '0')}`,
        siteId: site.id,
        status,
        announced: rnd.chance(0.1),
        startAt: at,
        endAt: new Date(at.getTime() + rnd.int(45, 180) * 60_000),
        bailiffPresent: rnd.chance(0.4),
        otherActors: rnd.chance(0.5) ? ['Cleaning contractor'] : [],
        legalBasis: rnd.pick(['none_shown', 'none_shown', 'order_shown', 'unknown'] as const),
        peopleAffected: people,
        minorsAffected: Math.round(people * rnd.next() * 0.15),
        shelterOffered: rnd.chance(0.5),
        shelterAccepted: rnd.int(0, 15),
        idChecks: rnd.int(0, 20),
        arrests: rnd.int(0, 4),
        observersPresent: rnd.int(1, 4),
        observersObstructed: rnd.chance(0.3),
        toldToStopFilming: rnd.chance(0.4),
        authorId: observerId,
        reviewedById: status === 'reviewed' ? reviewerId : null,
        reviewedAt: status === 'reviewed' ? new Date(at.getTime() + 86_400_000) : null,
        forces: {
          create: [
            {
              forceId: terms.get('crs')!,
              unit: `CRS ${rnd.pick([8, 40, 22, 56])}`,
              officerCount: rnd.int(10, 60),
              vehicleCount: rnd.int(3, 15),
            },
          ],
        },
        property: {
          create: [
            { propertyTypeId: terms.get('tents')!, fate: 'seized', count: rnd.int(5, 60) },
            {
              propertyTypeId: terms.get('sleeping_bags')!,
              fate: 'destroyed',
              count: rnd.int(5, 50),
              collectiveOwned: rnd.chance(0.3),
            },
          ],
        },
        log: {
          create: STEPS.slice(0, rnd.int(3, STEPS.length)).map((text, i) => ({
            observedAt: new Date(at.getTime() + i * rnd.int(5, 20) * 60_000),
            enteredAt: new Date(at.getTime() + i * 20 * 60_000 + 60_000),
            authorId: observerId,
            text,
          })),
        },
      },
    });
  }
  await db.$executeRawUnsafe(`SELECT setval('eviction_reference_seq', ${n})`);
}
