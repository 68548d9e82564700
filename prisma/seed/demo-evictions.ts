import { randomUUID } from 'node:crypto';
import type { Db, LegalBasis, Prisma, Site } from '@vigil/db';
import { demoDate, seededRandom } from './random';

/**
 * Eviction campaigns as observers describe them: a camp cleared every 48 hours for weeks (the
 * Hospital site and the industrial zone in Calais in 2026, as in 2019–2020), Puythouck every three
 * days, smaller sites weekly or fortnightly. `noOrder` is the share of evictions where no order was
 * shown; Grande-Synthe and Loon-Plage see the gendarmerie, Calais the police nationale.
 */
const CAMPAIGNS = [
  { site: 'Hospital site', from: '2026-08-03T05:10Z', everyHours: 48, count: 42, noOrder: 0.9 },
  { site: 'Zone industrielle des Dunes', from: '2026-09-01T04:50Z', everyHours: 48, count: 30, noOrder: 0.8 },
  { site: 'Zone industrielle des Dunes', from: '2026-10-31T05:00Z', everyHours: 72, count: 9, noOrder: 0.7 },
  { site: 'BMX track', from: '2026-06-02T05:30Z', everyHours: 168, count: 20, noOrder: 0.5 },
  { site: 'Under the Pont de Coquelles', from: '2026-07-06T05:20Z', everyHours: 96, count: 35, noOrder: 0.6 },
  { site: 'Puythouck woods', from: '2026-06-10T05:40Z', everyHours: 72, count: 55, noOrder: 0.6 },
  { site: 'Basroch', from: '2026-06-15T06:00Z', everyHours: 168, count: 23, noOrder: 0.4 },
  { site: 'Loon-Plage canal', from: '2026-06-20T05:30Z', everyHours: 240, count: 16, noOrder: 0.3 },
  { site: 'Marck woods', from: '2026-06-05T06:10Z', everyHours: 336, count: 12, noOrder: 0.5 },
];

const STEPS = [
  'CRS vans arrive and block the access road',
  'Officers order people out of the tents',
  'Cleaning contractor starts loading tents and sleeping bags into a skip',
  'ID checks on people leaving; observers told to stop filming',
  'Buses leave for shelter; most people stay out of sight in the woods',
  'Forces leave; the site is empty of belongings',
];

interface Planned {
  site: Site;
  at: Date;
  noOrder: number;
}

function plan(sites: Site[], rnd: ReturnType<typeof seededRandom>): Planned[] {
  const byName = new Map(sites.map((s) => [s.name, s]));
  return CAMPAIGNS.flatMap((c) => {
    const site = byName.get(c.site);
    if (!site) return [];
    return Array.from({ length: c.count }, (_, k) => ({
      site,
      // Dawn, give or take twenty minutes: the intervals stay "every 48 hours" to the hour.
      at: new Date(demoDate(Date.parse(c.from)) + (k * c.everyHours * 60 + rnd.int(-20, 20)) * 60_000),
      noOrder: c.noOrder,
    }));
  }).sort((a, b) => a.at.getTime() - b.at.getTime());
}

function forcesAt(
  site: Site,
  legalBasis: LegalBasis,
  terms: Map<string, string>,
  rnd: ReturnType<typeof seededRandom>,
) {
  const force = (
    code: string,
    unit: string | null,
    officers: [number, number],
    vehicles: [number, number],
  ) => ({
    forceId: terms.get(code)!,
    unit,
    officerCount: rnd.int(...officers),
    vehicleCount: rnd.int(...vehicles),
  });
  const gendarmerieZone = site.commune === 'Grande-Synthe' || site.commune === 'Loon-Plage';
  return [
    force('crs', `CRS ${rnd.pick([8, 22, 40, 56])}`, [12, 60], [3, 15]),
    ...(gendarmerieZone ? [force('gendarmerie', 'EGM 17/7', [8, 30], [2, 6])] : []),
    ...(!gendarmerieZone && rnd.chance(0.4) ? [force('police_nationale', 'DDSP 62', [4, 12], [1, 4])] : []),
    ...(rnd.chance(0.7) ? [force('contractor', null, [3, 8], [1, 3])] : []),
    ...(legalBasis === 'order_shown' ? [force('bailiff', null, [1, 1], [0, 1])] : []),
  ];
}

function propertyTaken(terms: Map<string, string>, rnd: ReturnType<typeof seededRandom>) {
  const item = (code: string, fate: 'seized' | 'destroyed', max: number, collective = false) => ({
    propertyTypeId: terms.get(code)!,
    fate,
    count: rnd.int(1, max),
    collectiveOwned: collective,
  });
  return [
    item('tents', rnd.chance(0.6) ? 'seized' : 'destroyed', 40),
    ...(rnd.chance(0.7) ? [item('sleeping_bags', 'destroyed', 35, rnd.chance(0.4))] : []),
    ...(rnd.chance(0.5) ? [item('blankets', 'seized', 50, rnd.chance(0.3))] : []),
    ...(rnd.chance(0.3) ? [item('tarps', 'destroyed', 15, true)] : []),
    ...(rnd.chance(0.1) ? [item('phones', 'seized', 4)] : []),
    ...(rnd.chance(0.05) ? [item('documents', 'destroyed', 3)] : []),
  ];
}

/** The observation log, with now and then a correction that names the entry it corrects. */
function logEntries(
  at: Date,
  legalBasis: LegalBasis,
  authorId: string,
  rnd: ReturnType<typeof seededRandom>,
) {
  const basis =
    legalBasis === 'order_shown'
      ? 'Bailiff reads the order aloud and shows it when asked'
      : legalBasis === 'none_shown'
        ? 'Asked the officer in charge for the order: none shown'
        : 'Could not get close enough to see whether an order was shown';
  const steps = [STEPS[0]!, basis, ...STEPS.slice(1, rnd.int(3, STEPS.length))];
  const entries: Prisma.EvictionLogEntryCreateManyEvictionInput[] = steps.map((text, i) => ({
    id: randomUUID(),
    observedAt: new Date(at.getTime() + i * rnd.int(5, 15) * 60_000),
    enteredAt: new Date(at.getTime() + i * 15 * 60_000 + 60_000),
    authorId,
    text,
  }));
  if (rnd.chance(0.15)) {
    entries.push({
      id: randomUUID(),
      observedAt: entries[0]!.observedAt,
      enteredAt: new Date(at.getTime() + 6 * 3_600_000),
      authorId,
      text: 'Correction: 9 CRS vans, not 12 (checked against the photos)',
      correctsId: entries[0]!.id!,
    });
  }
  return entries;
}

export async function seedDemoEvictions(db: Db, sites: Site[], observerId: string, reviewerId: string) {
  const rnd = seededRandom(275);
  const terms = new Map((await db.vocabularyTerm.findMany()).map((t) => [t.code, t.id]));
  const planned = plan(sites, rnd);
  const lastDay = planned[planned.length - 1]!.at.getTime() - 4 * 86_400_000;
  for (const [index, { site, at, noOrder }] of planned.entries()) {
    const n = index + 1;
    const legalBasis: LegalBasis = rnd.chance(noOrder)
      ? 'none_shown'
      : rnd.chance(0.7)
        ? 'order_shown'
        : 'unknown';
    // The latest few are still being written up.
    const status = at.getTime() > lastDay ? 'draft' : rnd.chance(0.6) ? 'reviewed' : 'submitted';
    const people = rnd.int(15, 250);
    await db.eviction.create({
      data: {
        reference: `EVC-${at.getUTCFullYear()}-${String(n).padStart(6, '0')}`,
        siteId: site.id,
        status,
        announced: rnd.chance(0.1),
        startAt: at,
        endAt: new Date(at.getTime() + rnd.int(45, 180) * 60_000),
        bailiffPresent: legalBasis === 'order_shown',
        otherActors: rnd.chance(0.3) ? ['Prefecture representative'] : [],
        legalBasis,
        orderReference:
          legalBasis === 'order_shown' ? `TJ Boulogne-sur-Mer 26/${String(300 + n).padStart(5, '0')}` : null,
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
        forces: { create: forcesAt(site, legalBasis, terms, rnd) },
        property: { create: propertyTaken(terms, rnd) },
        // One INSERT: a correction may name an entry of the same batch.
        log: { createMany: { data: logEntries(at, legalBasis, observerId, rnd) } },
      },
    });
  }
  await db.$executeRawUnsafe(`SELECT setval('eviction_reference_seq', ${planned.length})`);
}
