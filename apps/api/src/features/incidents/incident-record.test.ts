import { randomUUID } from 'node:crypto';
import type { Prisma } from '@vigil/db';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { incidentBody, termIds } from './incident-fixtures';
import { findIncidentDetails } from './incident-repository';

// What the one-statement record replaced: Prisma's include. Both must give the same objects.
const PRISMA_INCLUDE = {
  site: { select: { id: true, name: true, commune: true } },
  author: { select: { id: true, displayName: true } },
  reviewedBy: { select: { id: true, displayName: true } },
  acts: {
    orderBy: { position: 'asc' },
    include: {
      actType: true,
      victims: { select: { victimId: true } },
      perpetrators: { select: { perpetratorId: true } },
      items: { include: { propertyType: true } },
    },
  },
  victims: true,
  perpetrators: { include: { force: true } },
  witnesses: true,
  followUps: true,
  files: { orderBy: { uploadedAt: 'asc' } },
} satisfies Prisma.IncidentInclude;

describe('incident records in one statement', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it("gives what Prisma's include gives, every field typed alike, for full and bare incidents", async () => {
    const observer = await signedIn(t.app, 'legal_observer');
    const coordinator = await signedIn(t.app, 'coordinator');
    const terms = await termIds(t.app, observer.token);
    const site = await t.app.db.site.create({
      data: { name: 'Old hospital', type: 'squat', commune: 'Calais' },
    });
    const body = incidentBody(terms, {
      siteId: site.id,
      endAt: '2026-02-14T08:00:00.000Z',
      acts: [
        {
          actTypeId: terms.gas_on_sleeping_people,
          victimKeys: ['v1', 'v2'],
          perpetratorKeys: ['p1'],
          quotes: ['Dégagez !'],
        },
        {
          actTypeId: terms.baton_blows,
          victimKeys: ['v2'],
          occurredAt: '2026-02-14T06:30:00.000Z',
          injuries: 'Burns to the eyes',
          medicalCertificate: true,
          items: [{ propertyTypeId: terms.tents, fate: 'destroyed', count: 6 }],
        },
      ],
    });
    const full = await api(t.app, observer.token).post('/api/incidents').send(body);
    expect(full.body).toMatchObject({ incident: {} });
    const fullId: string = full.body.incident.id;
    await t.app.db.incident.update({
      where: { id: fullId },
      data: { reviewedById: coordinator.user.id, reviewedAt: new Date(), verificationStatus: 'corroborated' },
    });
    // Two files, the later one written first: files come by upload time.
    for (const [name, uploadedAt] of [
      ['second.jpg', new Date('2026-02-15T10:00:00Z')],
      ['first.pdf', new Date('2026-02-14T10:00:00Z')],
    ] as const) {
      await t.app.db.evidenceFile.create({
        data: {
          incidentId: fullId,
          originalName: name,
          mediaType: 'image/jpeg',
          sizeBytes: 3_000_000_000n,
          sha256: 'a'.repeat(64),
          storageKey: `originals/${randomUUID()}`,
          uploadedById: observer.user.id,
          acquiredAt: new Date('2026-02-14T07:00:00Z'),
          uploadedAt,
        },
      });
    }
    const bare = await api(t.app, observer.token)
      .post('/api/incidents')
      .send({ title: 'Van stopped', startAt: '2026-11-20T07:00:00Z', sourceType: 'first_hand' });
    const ids = [fullId, bare.body.incident.id as string];

    const expected = await t.app.db.incident.findMany({
      where: { id: { in: ids } },
      include: PRISMA_INCLUDE,
    });
    const records = await findIncidentDetails(t.app.db, ids);
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(records)).toEqual(byId(expected));

    const record = records.find((r) => r.id === fullId)!;
    expect(record.acts).toHaveLength(2);
    expect(record.files.map((f) => f.originalName)).toEqual(['first.pdf', 'second.jpg']);
    expect(typeof record.files[0]!.sizeBytes).toBe('bigint');
    expect(record.followUps[0]!.date).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(record.startAt).toBeInstanceOf(Date);
  });

  it('reads inside a Prisma transaction too', async () => {
    const observer = await signedIn(t.app, 'legal_observer');
    const created = await api(t.app, observer.token)
      .post('/api/incidents')
      .send({ title: 'Tent slashed', startAt: '2026-11-21T07:00:00Z', sourceType: 'testimony' });
    const id: string = created.body.incident.id;
    const [record] = await t.app.db.$transaction((tx) => findIncidentDetails(tx, [id]));
    expect(record).toMatchObject({ id, title: 'Tent slashed', acts: [], files: [] });
    expect(record!.createdAt).toBeInstanceOf(Date);
  });
});
