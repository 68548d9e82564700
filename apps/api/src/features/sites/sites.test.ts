import { type TestApp, buildTestApp } from '../../test/test-app';
import { api, signedIn } from '../../test/fixtures';

const squat = {
  name: 'Rue des Verrotières squat',
  aliases: ['Verro'],
  type: 'squat',
  commune: 'Calais',
  area: 'East of the station',
  address: '12 rue des Verrotières',
  latitude: 50.95,
  longitude: 1.87,
  ownerType: 'private',
  evictionOrderRef: 'TJ Boulogne 26/00123',
  evictionOrderDate: '2026-10-02',
  winterTruceApplies: false,
};

describe('site registry', () => {
  let t: TestApp;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    coordinator = await signedIn(t.app, 'coordinator');
  });
  afterAll(() => t.close());

  it('shows a squat’s address to coordinators only, and records who looked', async () => {
    const created = await api(t.app, coordinator.token).post('/api/sites').send(squat);
    expect(created.status).toBe(200);
    const id = created.body.site.id;
    const coord = await api(t.app, coordinator.token).get(`/api/sites/${id}`);
    expect(coord.body.site).toMatchObject({ address: '12 rue des Verrotières', latitude: 50.95 });
    for (const role of ['volunteer', 'legal_observer', 'lawyer', 'admin'] as const) {
      const other = await signedIn(t.app, role);
      const res = await api(t.app, other.token).get(`/api/sites/${id}`);
      expect(res.status).toBe(200);
      expect(res.body.site.commune).toBe('Calais');
      expect(res.body.site.area).toBe('East of the station');
      expect(res.body.site).not.toHaveProperty('address');
      expect(res.body.site).not.toHaveProperty('latitude');
    }
    const list = await api(t.app, coordinator.token).get('/api/sites?commune=Calais');
    expect(list.body.sites[0]).not.toHaveProperty('address');
    expect(await t.app.db.auditEvent.count({ where: { action: 'site.location_read', entityId: id } })).toBe(
      1,
    );
  });

  it('registers a site once when the same request is retried with its Idempotency-Key', async () => {
    const body = { ...squat, name: 'Dunes camp (retried)' };
    const send = () =>
      api(t.app, coordinator.token).post('/api/sites').set('idempotency-key', 'site-retry-0001').send(body);
    const [first, retry] = [await send(), await send()];
    expect(retry.status).toBe(200);
    expect(retry.body.site.id).toBe(first.body.site.id);
    expect(await t.app.db.site.count({ where: { name: body.name } })).toBe(1);
  });

  it('keeps a dated, attributed status history and follows the latest transition', async () => {
    const { body } = await api(t.app, coordinator.token)
      .post('/api/sites')
      .send({ ...squat, name: 'BMX track', type: 'informal_site' });
    const id = body.site.id;
    const post = (change: object) =>
      api(t.app, coordinator.token).post(`/api/sites/${id}/status`).send(change);
    await post({ status: 'threatened', note: 'Order posted' });
    await post({ status: 'evicted' });
    // Recorded late, about something that happened before the site was even registered here.
    const late = await post({ status: 'raided', at: new Date(Date.now() - 86_400_000).toISOString() });
    expect(late.body.site.status).toBe('evicted');
    expect(late.body.site.statusLog.map((c: { status: string }) => c.status)).toEqual([
      'evicted',
      'threatened',
      'active',
      'raided',
    ]);
    expect(late.body.site.statusLog[0].by).toBe(coordinator.user.displayName);
    const future = await post({ status: 'sealed', at: '2999-01-01T00:00:00Z' });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('body/at');
  });

  it('records population estimates as counts, refusing parts larger than the whole', async () => {
    const { body } = await api(t.app, coordinator.token)
      .post('/api/sites')
      .send({ ...squat, name: 'Puythouck woods', type: 'camp', commune: 'Grande-Synthe' });
    const ok = await api(t.app, coordinator.token)
      .post(`/api/sites/${body.site.id}/population`)
      .send({
        people: 350,
        minors: 40,
        women: 30,
        families: 12,
        communities: ['Kurdish', 'Eritrean'],
        languages: ['Sorani', 'Tigrinya'],
      });
    expect(ok.status).toBe(200);
    expect(ok.body.site.latestPopulation.people).toBe(350);
    const bad = await api(t.app, coordinator.token)
      .post(`/api/sites/${body.site.id}/population`)
      .send({ people: 10, minors: 40 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body/people');
  });

  it('saves an edit over the version it was based on, and refuses a save over someone else’s', async () => {
    const created = await api(t.app, coordinator.token)
      .post('/api/sites')
      .send({ ...squat, name: 'Dunes camp' });
    const { id, version } = created.body.site;
    expect(version).toBe(1);
    const { name: _name, ...rest } = squat;
    const edit = (body: object) => api(t.app, coordinator.token).put(`/api/sites/${id}`).send(body);
    const first = await edit({ ...rest, name: 'Dunes camp (north)', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body.site).toMatchObject({ name: 'Dunes camp (north)', version: 2 });
    const stale = await edit({ ...rest, name: 'Dunes camp (south)', notes: 'typed meanwhile', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toEqual([
      { path: 'body/version', message: 'This site has changed since it was opened' },
    ]);
    const now = await api(t.app, coordinator.token).get(`/api/sites/${id}`);
    expect(now.body.site).toMatchObject({ name: 'Dunes camp (north)', notes: null, version: 2 });
    // A status transition is an entry in the history, not an edit: an open form stays valid.
    await api(t.app, coordinator.token).post(`/api/sites/${id}/status`).send({ status: 'evicted' });
    expect((await edit({ ...rest, name: 'Dunes camp', version: 2 })).status).toBe(200);
    expect((await edit({ ...rest, name: 'Dunes camp' })).status).toBe(400);
  });

  it('lets only coordinators change the registry and validates input', async () => {
    const observer = await signedIn(t.app, 'legal_observer');
    expect((await api(t.app, observer.token).post('/api/sites').send(squat)).status).toBe(403);
    const bad = await api(t.app, coordinator.token)
      .post('/api/sites')
      .send({ ...squat, type: 'palace', latitude: 100 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/type', 'body/latitude']),
    );
    expect(
      (await api(t.app, coordinator.token).get('/api/sites/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await api(t.app).get('/api/sites')).status).toBe(401);
  });
});
