import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { createSite, evictionBody, submittedEviction } from '../evictions/eviction-fixtures';
import { incidentBody, termIds } from '../incidents/incident-fixtures';

describe('site detail: what happened there, for whom', () => {
  let t: TestApp;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let siteId: string;
  const evictionIds: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, observer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'legal_observer'),
    ]);
    siteId = await createSite(t.app, coordinator.token, {
      name: 'Hôpital',
      type: 'camp',
      commune: 'Calais',
      area: 'Behind the hospital',
      address: 'Chemin des Dunes',
      latitude: 50.9432,
      longitude: 1.8811,
    });
    await api(t.app, coordinator.token).post(`/api/sites/${siteId}/status`).send({ status: 'threatened' });
    await api(t.app, coordinator.token)
      .post(`/api/sites/${siteId}/population`)
      .send({ people: 120, minors: 9 });
    for (let day = 1; day <= 12; day += 2) {
      const startAt = `2026-02-${String(day).padStart(2, '0')}T06:00:00Z`;
      evictionIds.push(await submittedEviction(t.app, observer.token, evictionBody(siteId, { startAt })));
    }
    const terms = await termIds(t.app, observer.token);
    const incident = await api(t.app, observer.token)
      .post('/api/incidents')
      .send(incidentBody(terms, { siteId, startAt: '2026-02-03T06:30:00Z' }));
    expect(incident.status).toBe(200);
    const other = await signedIn(t.app, 'legal_observer');
    await api(t.app, other.token)
      .post('/api/evictions')
      .send(evictionBody(siteId, { startAt: '2026-02-20T06:00:00Z' }));
  });
  afterAll(() => t.close());

  const detail = async (token: string) => {
    const res = await api(t.app, token).get(`/api/sites/${siteId}`);
    expect(res.status).toBe(200);
    return res.body.site;
  };

  it('gives readers of evictions and incidents the latest ones, with counts', async () => {
    const site = await detail(observer.token);
    expect(site.statusLog.map((c: { status: string }) => c.status)).toEqual(['threatened', 'active']);
    expect(site.populations[0]).toMatchObject({ people: 120, minors: 9 });
    // The other observer's draft is theirs alone.
    expect(site.evictionCount).toBe(6);
    expect(site.lastEvictionAt).toBe('2026-02-11T06:00:00.000Z');
    expect(site.recentEvictions.map((e: { id: string }) => e.id)).toEqual([...evictionIds].reverse());
    expect(site.incidentCount).toBe(1);
    expect(site.recentIncidents[0]).toMatchObject({ place: { site: { id: siteId }, commune: 'Calais' } });
    const reviewer = await detail(coordinator.token);
    expect(reviewer.evictionCount).toBe(7);
    expect(reviewer.recentEvictions).toHaveLength(7);
  });

  it('shows the exact location to coordinators only, in the site and in its incidents', async () => {
    const site = await detail(coordinator.token);
    expect(site).toMatchObject({ address: 'Chemin des Dunes', latitude: 50.9432 });
    expect(site.recentIncidents[0].place.latitude).toBe(50.9513);
    for (const role of ['lawyer', 'legal_observer', 'admin', 'volunteer'] as const) {
      const reader = await signedIn(t.app, role);
      const seen = await detail(reader.token);
      expect(seen).toMatchObject({ commune: 'Calais', area: 'Behind the hospital' });
      const text = JSON.stringify(seen);
      expect(text).not.toMatch(/Chemin des Dunes|50\.94|1\.88|50\.95|latitude|longitude|address/);
      const list = await api(t.app, reader.token).get('/api/sites');
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toMatch(/Chemin des Dunes|latitude|address/);
    }
  });

  it('gives volunteers the site without evictions or incidents', async () => {
    const volunteer = await signedIn(t.app, 'volunteer');
    const site = await detail(volunteer.token);
    expect(site.name).toBe('Hôpital');
    expect(site.statusLog).toHaveLength(2);
    for (const key of [
      'evictionCount',
      'lastEvictionAt',
      'recentEvictions',
      'incidentCount',
      'recentIncidents',
    ])
      expect(site).not.toHaveProperty(key);
    const list = await api(t.app, volunteer.token).get('/api/sites?commune=Calais');
    expect(list.body.sites.map((s: { id: string }) => s.id)).toContain(siteId);
  });

  it('names a bad id and answers 404 for an unknown site', async () => {
    const bad = await api(t.app, observer.token).get('/api/sites/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('params/id');
    const missing = await api(t.app, observer.token).get('/api/sites/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect((await api(t.app).get(`/api/sites/${siteId}`)).status).toBe(401);
  });
});
