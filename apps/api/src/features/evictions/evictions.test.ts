import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';
import { termIds } from '../incidents/incident-fixtures';

describe('eviction records', () => {
  let t: TestApp;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let terms: Record<string, string>;
  let siteId: string;
  const body = () => ({
    siteId,
    announced: false,
    startAt: '2026-11-20T06:05:00Z',
    legalBasis: 'none_shown',
    bailiffPresent: false,
    peopleAffected: 80,
    minorsAffected: 6,
    shelterOffered: true,
    shelterWhere: 'CAES Arras',
    shelterAccepted: 9,
    idChecks: 14,
    arrests: 2,
    observersPresent: 3,
    toldToStopFilming: true,
    forces: [{ forceId: terms.crs, unit: 'CRS 8', officerCount: 40, vehicleCount: 9 }],
    property: [
      { propertyTypeId: terms.tents, fate: 'seized', count: 35 },
      { propertyTypeId: terms.sleeping_bags, fate: 'destroyed', count: 20, collectiveOwned: true },
    ],
  });

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [observer, coordinator] = await Promise.all([
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'coordinator'),
    ]);
    terms = await termIds(t.app, observer.token);
    siteId = (
      await api(t.app, coordinator.token)
        .post('/api/sites')
        .send({ name: 'Puythouck woods', type: 'camp', commune: 'Grande-Synthe' })
    ).body.site.id;
  });
  afterAll(() => t.close());

  it('creates a record once, whatever the number of retries with the same key', async () => {
    const send = () =>
      api(t.app, observer.token)
        .post('/api/evictions')
        .set('idempotency-key', 'dawn-2026-11-20-001')
        .send(body());
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.eviction.id).toBe(first.body.eviction.id);
    expect(await t.app.db.eviction.count({ where: { authorId: observer.user.id } })).toBe(1);
    const reused = await api(t.app, observer.token)
      .post('/api/evictions')
      .set('idempotency-key', 'dawn-2026-11-20-001')
      .send({ ...body(), arrests: 3 });
    expect(reused.status).toBe(409);
    expect(first.body.eviction).toMatchObject({
      status: 'draft',
      legalBasis: 'none_shown',
      reference: expect.stringMatching(/^EVC-2026-/),
    });
    expect(first.body.eviction.property).toHaveLength(2);
  });

  it('keeps an append-only observation log where corrections point at what they correct', async () => {
    const { eviction } = (await api(t.app, observer.token).post('/api/evictions').send(body())).body;
    const log = (entry: object, key?: string) => {
      const req = api(t.app, observer.token).post(`/api/evictions/${eviction.id}/log`);
      return (key ? req.set('idempotency-key', key) : req).send(entry);
    };
    const a = await log(
      { observedAt: '2026-11-20T06:07:00Z', text: '12 CRS vans arrive on the road by the lake' },
      'log-entry-0001',
    );
    expect(
      (
        await log(
          { observedAt: '2026-11-20T06:07:00Z', text: '12 CRS vans arrive on the road by the lake' },
          'log-entry-0001',
        )
      ).status,
    ).toBe(200);
    const wrongId = a.body.eviction.log[0].id;
    const fixed = await log({
      observedAt: '2026-11-20T06:07:00Z',
      text: '9 CRS vans, not 12',
      correctsId: wrongId,
    });
    expect(fixed.body.eviction.log).toHaveLength(2);
    expect(fixed.body.eviction.log[1]).toMatchObject({ correctsId: wrongId, text: '9 CRS vans, not 12' });
    expect(fixed.body.eviction.log[0].enteredAt).toBeDefined();
    await expect(
      t.app.db.evictionLogEntry.updateMany({ data: { text: 'rewritten' } }),
    ).rejects.toBeInstanceOf(Error);
    await expect(t.app.db.evictionLogEntry.deleteMany({ where: { id: wrongId } })).rejects.toBeInstanceOf(
      Error,
    );
    // No route edits or removes an entry: the original stays next to its correction.
    for (const method of ['put', 'patch', 'delete'] as const) {
      const res = await api(t.app, observer.token)[method](`/api/evictions/${eviction.id}/log/${wrongId}`);
      expect(res.status).toBe(404);
    }
    const reread = await api(t.app, observer.token).get(`/api/evictions/${eviction.id}`);
    expect(reread.body.eviction.log[0]).toMatchObject({
      id: wrongId,
      text: '12 CRS vans arrive on the road by the lake',
    });
    const bad = await log({
      observedAt: '2999-01-01T00:00:00Z',
      text: 'x',
      correctsId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.status).toBe(400);
  });

  it('is read-only to its author once submitted, and reviewed by someone else', async () => {
    const { eviction } = (await api(t.app, observer.token).post('/api/evictions').send(body())).body;
    const submitted = await api(t.app, observer.token).post(`/api/evictions/${eviction.id}/submit`);
    expect(submitted.body.eviction.status).toBe('submitted');
    const edit = await api(t.app, observer.token)
      .put(`/api/evictions/${eviction.id}`)
      .send({ ...body(), arrests: 5, version: submitted.body.eviction.version });
    expect(edit.status).toBe(403);
    expect(
      (await api(t.app, observer.token).post(`/api/evictions/${eviction.id}/review`).send({ version: 2 }))
        .status,
    ).toBe(403);
    const reviewed = await api(t.app, coordinator.token)
      .post(`/api/evictions/${eviction.id}/review`)
      .send({ version: submitted.body.eviction.version });
    expect(reviewed.body.eviction).toMatchObject({
      status: 'reviewed',
      reviewedBy: { id: coordinator.user.id },
    });
  });

  it('keeps drafts private to their author and reviewers, and refuses volunteers', async () => {
    const { eviction } = (await api(t.app, observer.token).post('/api/evictions').send(body())).body;
    const other = await signedIn(t.app, 'legal_observer');
    expect((await api(t.app, other.token).get(`/api/evictions/${eviction.id}`)).status).toBe(404);
    expect((await api(t.app, coordinator.token).get(`/api/evictions/${eviction.id}`)).status).toBe(200);
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await api(t.app, volunteer.token).get('/api/evictions')).status).toBe(403);
    const list = await api(t.app, other.token).get(`/api/evictions?siteId=${siteId}`);
    expect(list.body.evictions.every((e: { status: string }) => e.status !== 'draft')).toBe(true);
  });

  it('links incidents recorded during the eviction', async () => {
    const { eviction } = (await api(t.app, observer.token).post('/api/evictions').send(body())).body;
    const incident = await api(t.app, observer.token).post('/api/incidents').send({
      title: 'Gas during the eviction',
      startAt: '2026-11-20T06:30:00Z',
      sourceType: 'first_hand',
      evictionId: eviction.id,
    });
    expect(incident.body.incident.evictionId).toBe(eviction.id);
    const view = await api(t.app, observer.token).get(`/api/evictions/${eviction.id}`);
    expect(view.body.eviction.incidentIds).toEqual([incident.body.incident.id]);
  });

  it('names bad fields', async () => {
    const res = await api(t.app, observer.token)
      .post('/api/evictions')
      .send({
        ...body(),
        legalBasis: 'maybe',
        forces: [{ forceId: terms.tents }],
        endAt: '2026-11-19T00:00:00Z',
      });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('body/legalBasis');
    const refs = await api(t.app, observer.token)
      .post('/api/evictions')
      .send({ ...body(), forces: [{ forceId: terms.tents }], endAt: '2026-11-19T00:00:00Z' });
    expect(refs.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/forces/0/forceId', 'body/endAt']),
    );
  });
});
