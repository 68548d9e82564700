import { attachFile, exportWorld } from './export-fixtures';

/**
 * Evictions for the export and dossier tests, on top of the incident data set (rows written
 * directly: these tests are about what leaves the instance, not about recording):
 * - X, 2026-02-14 at the Dunes camp (Calais, exact address and coordinates): announced the day before,
 *   CRS 8 with 30 officers and 6 vans, a bailiff, no order shown, 60 people, 12 tents destroyed and 3
 *   phones seized, shelter offered to 20 (8 accepted), 4 ID checks, 1 arrest, the observer obstructed;
 *   two log entries and a correction; incident A linked; one evidence file.
 * - Y, 2026-03-05 at the Puythouck wood (Grande-Synthe): order shown, reviewed.
 * - Z, a draft of the observer (2026-03-10 at the Dunes camp): visible to them and to reviewers only.
 */
export async function evictionWorld(folderPrefix: string) {
  const world = await exportWorld(folderPrefix);
  const { t, observer, coordinator, seeded } = world;
  const db = t.app.db;
  const terms = new Map((await db.vocabularyTerm.findMany()).map((term) => [term.code, term.id]));
  const term = (code: string) => terms.get(code) ?? '';
  const dunes = await db.site.create({
    data: {
      name: 'Dunes camp',
      type: 'camp',
      commune: 'Calais',
      area: 'North of the ring road',
      address: '12 rue des Dunes, 62100 Calais',
      latitude: 50.9581,
      longitude: 1.8321,
    },
  });
  const wood = await db.site.create({
    data: { name: 'Puythouck wood', type: 'informal_site', commune: 'Grande-Synthe', area: 'By the lake' },
  });
  const x = await db.eviction.create({
    data: {
      reference: 'EVC-2026-000101',
      siteId: dunes.id,
      status: 'submitted',
      announced: true,
      announcedHow: 'Notice taped to the fence the day before',
      startAt: new Date('2026-02-14T06:00:00Z'),
      endAt: new Date('2026-02-14T09:30:00Z'),
      bailiffPresent: true,
      otherActors: ['Cleaning contractor'],
      legalBasis: 'none_shown',
      peopleAffected: 60,
      minorsAffected: 7,
      shelterOffered: true,
      shelterWhere: 'CAES Arras',
      shelterAccepted: 8,
      idChecks: 4,
      arrests: 1,
      observersPresent: 2,
      observersObstructed: true,
      toldToStopFilming: true,
      notes: '=cmd|" "/C calc"!A0 stays text',
      authorId: observer.user.id,
      forces: { create: [{ forceId: term('crs'), unit: 'CRS 8', officerCount: 30, vehicleCount: 6 }] },
      property: {
        create: [
          { propertyTypeId: term('tents'), fate: 'destroyed', count: 12 },
          { propertyTypeId: term('phones'), fate: 'seized', count: 3 },
        ],
      },
    },
  });
  const first = await db.evictionLogEntry.create({
    data: {
      evictionId: x.id,
      observedAt: new Date('2026-02-14T06:05:00Z'),
      enteredAt: new Date('2026-02-14T06:07:00Z'),
      authorId: observer.user.id,
      text: 'Six CRS vans block the access road',
    },
  });
  await db.evictionLogEntry.create({
    data: {
      evictionId: x.id,
      observedAt: new Date('2026-02-14T06:05:00Z'),
      enteredAt: new Date('2026-02-14T10:00:00Z'),
      authorId: observer.user.id,
      text: 'Correction: seven vans, one unmarked',
      correctsId: first.id,
    },
  });
  await db.incident.update({ where: { id: seeded.a.id }, data: { evictionId: x.id } });
  const y = await db.eviction.create({
    data: {
      reference: 'EVC-2026-000102',
      siteId: wood.id,
      status: 'reviewed',
      startAt: new Date('2026-03-05T05:45:00Z'),
      legalBasis: 'order_shown',
      orderReference: 'TJ Dunkerque 26/00123',
      peopleAffected: 25,
      authorId: observer.user.id,
      reviewedById: coordinator.user.id,
      reviewedAt: new Date('2026-03-06T10:00:00Z'),
      forces: { create: [{ forceId: term('gendarmerie'), officerCount: 12 }] },
    },
  });
  const z = await db.eviction.create({
    data: {
      reference: 'EVC-2026-000103',
      siteId: dunes.id,
      startAt: new Date('2026-03-10T06:00:00Z'),
      authorId: observer.user.id,
    },
  });
  const evictionFile = await attachFile(t.app, { evictionId: x.id }, observer.user.id, {
    originalName: 'bulldozer.mp4',
    mediaType: 'video/mp4',
    sizeBytes: 9_876_543,
  });
  return { ...world, sites: { dunes, wood }, evictions: { x, y, z }, evictionFile };
}
