import { api, signedIn } from '../../test/fixtures';
import { type TestApp, buildTestApp } from '../../test/test-app';
import { termIds } from '../incidents/incident-fixtures';
import { createSite, evictionBody, submittedEviction } from './eviction-fixtures';

/**
 * A hand-built set with known answers. Hôpital (Calais): three evictions 48 h apart. BMX (Grande-
 * Synthe): two evictions 30 h apart, the first at 23:30 UTC on 31 January, which is already February
 * in Paris. Plus a draft by another observer that only reviewers count.
 */
describe('eviction statistics', () => {
  let t: TestApp;
  let observer: Awaited<ReturnType<typeof signedIn>>;
  let coordinator: Awaited<ReturnType<typeof signedIn>>;
  let terms: Record<string, string>;
  let hopital: string;
  let bmx: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [observer, coordinator] = await Promise.all([
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'coordinator'),
    ]);
    terms = await termIds(t.app, observer.token);
    hopital = await createSite(t.app, coordinator.token, {
      name: 'Hôpital',
      type: 'camp',
      commune: 'Calais',
      address: 'Rue de l’Hôpital',
      latitude: 50.95,
      longitude: 1.86,
    });
    bmx = await createSite(t.app, coordinator.token, { name: 'BMX', type: 'camp', commune: 'Grande-Synthe' });
    const crs = (officerCount: number, vehicleCount?: number) => ({
      forceId: terms.crs,
      unit: 'CRS 8',
      officerCount,
      vehicleCount,
    });
    const bodies = [
      evictionBody(hopital, {
        startAt: '2026-01-01T06:00:00Z',
        legalBasis: 'none_shown',
        peopleAffected: 80,
        minorsAffected: 5,
        arrests: 2,
        forces: [crs(40, 9), { forceId: terms.gendarmerie, officerCount: 10 }],
        property: [
          { propertyTypeId: terms.tents, fate: 'seized', count: 35 },
          { propertyTypeId: terms.sleeping_bags, fate: 'destroyed', count: 20, collectiveOwned: true },
        ],
      }),
      evictionBody(hopital, {
        startAt: '2026-01-03T06:00:00Z',
        legalBasis: 'none_shown',
        peopleAffected: 60,
        forces: [crs(30)],
      }),
      evictionBody(hopital, {
        startAt: '2026-01-05T06:00:00Z',
        legalBasis: 'order_shown',
        orderReference: 'TA Lille 2600123',
        forces: [{ forceId: terms.police_nationale, officerCount: 5 }],
      }),
      evictionBody(bmx, {
        startAt: '2026-01-31T23:30:00Z',
        legalBasis: 'unknown',
        peopleAffected: 30,
        forces: [crs(20)],
        property: [{ propertyTypeId: terms.tents, fate: 'seized', count: 5 }],
      }),
      evictionBody(bmx, {
        startAt: '2026-02-02T05:30:00Z',
        legalBasis: 'none_shown',
        peopleAffected: 20,
        // Two CRS units at one eviction: one eviction with CRS present, 20 officers.
        forces: [crs(12), { ...crs(8), unit: 'CRS 40' }],
      }),
    ];
    for (const body of bodies) ids.push(await submittedEviction(t.app, observer.token, body));
    const other = await signedIn(t.app, 'legal_observer');
    await api(t.app, other.token)
      .post('/api/evictions')
      .send(evictionBody(hopital, { startAt: '2026-01-04T06:00:00Z', legalBasis: 'none_shown' }));
  });
  afterAll(() => t.close());

  const stats = (token: string, query = '') => api(t.app, token).get(`/api/evictions/stats${query}`);

  it('computes intervals per site and pooled across sites', async () => {
    const res = await stats(observer.token);
    expect(res.status).toBe(200);
    const { stats: s } = res.body;
    expect(s.total).toBe(5);
    expect(s.intervals).toMatchObject({
      count: 3,
      medianHours: 48,
      meanHours: 42,
      minHours: 30,
      maxHours: 48,
    });
    expect(s.intervals.recent.map((i: { hours: number }) => i.hours)).toEqual([30, 48, 48]);
    const byName = Object.fromEntries(s.bySite.map((x: { site: { name: string } }) => [x.site.name, x]));
    expect(byName['Hôpital']).toMatchObject({
      count: 3,
      noLegalBasisShown: 2,
      intervals: { count: 2, medianHours: 48, meanHours: 48, minHours: 48, maxHours: 48 },
      timelineTruncated: false,
    });
    expect(byName['Hôpital'].intervals.recent[0]).toMatchObject({
      fromEvictionId: ids[1],
      toEvictionId: ids[2],
      from: '2026-01-03T06:00:00.000Z',
      to: '2026-01-05T06:00:00.000Z',
      hours: 48,
    });
    expect(byName['Hôpital'].timeline.map((p: { id: string }) => p.id)).toEqual(ids.slice(0, 3));
    expect(byName.BMX.intervals).toMatchObject({ count: 1, medianHours: 30 });
    expect(s.bySite[0].site).toEqual({ id: hopital, name: 'Hôpital', commune: 'Calais' });
  });

  it('counts months, legal basis, property, forces and people', async () => {
    const { stats: s } = (await stats(observer.token)).body;
    expect(s.timeZone).toBe('UTC');
    expect(s.byMonth).toEqual([
      { month: '2026-01', count: 4 },
      { month: '2026-02', count: 1 },
    ]);
    expect(s.byMonthAndSite).toEqual(
      expect.arrayContaining([
        { month: '2026-01', siteId: hopital, count: 3 },
        { month: '2026-01', siteId: bmx, count: 1 },
        { month: '2026-02', siteId: bmx, count: 1 },
      ]),
    );
    expect(s.legalBasis).toEqual({ orderShown: 1, noneShown: 3, unknown: 1, noneShownShare: 0.6 });
    const property = s.property.map((p: { propertyType: { code: string }; fate: string; count: number }) => [
      p.propertyType.code,
      p.fate,
      p.count,
    ]);
    expect(property).toEqual([
      ['tents', 'seized', 40],
      ['sleeping_bags', 'destroyed', 20],
    ]);
    expect(s.property[1].collectiveOwned).toBe(20);
    expect(s.byForce[0]).toMatchObject({ force: { code: 'crs' }, evictions: 4, officers: 110, vehicles: 9 });
    expect(s.officersTotal).toBe(125);
    expect(s.people).toEqual({
      affected: 190,
      minors: 5,
      shelterAccepted: 0,
      idChecks: 0,
      arrests: 2,
      withPeopleCount: 4,
    });
  });

  it('counts months in the requested time zone', async () => {
    const { stats: s } = (await stats(observer.token, '?timeZone=Europe/Paris')).body;
    expect(s.timeZone).toBe('Europe/Paris');
    expect(s.byMonth).toEqual([
      { month: '2026-01', count: 3 },
      { month: '2026-02', count: 2 },
    ]);
  });

  it('applies the list filter, and counts drafts only for their author and reviewers', async () => {
    const filtered = (await stats(observer.token, `?legalBasis=none_shown&forceId=${terms.crs}`)).body.stats;
    expect(filtered.total).toBe(3);
    expect(filtered.intervals.count).toBe(1);
    const calais = (await stats(observer.token, '?commune=Calais&from=2026-01-02&to=2026-01-31')).body.stats;
    expect(calais.total).toBe(2);
    // A reviewer's unfiltered view counts forces and property without a join: same figures.
    const everything = (await stats(coordinator.token)).body.stats;
    expect(everything.total).toBe(6);
    expect(everything.byForce[0]).toMatchObject({ force: { code: 'crs' }, evictions: 4, officers: 110 });
    expect(everything.property.map((p: { count: number }) => p.count)).toEqual([40, 20]);
    expect(everything.officersTotal).toBe(125);
    const withDraft = (await stats(coordinator.token, '?commune=Calais')).body.stats;
    expect(withDraft.total).toBe(4);
    expect(withDraft.intervals.medianHours).toBe(24);
    expect((await stats(observer.token, '?status=draft')).body.stats.total).toBe(0);
  });

  it('gives one site’s figures, and refuses the unknown site', async () => {
    const res = await api(t.app, observer.token).get(`/api/sites/${bmx}/evictions/stats?recentIntervals=1`);
    expect(res.status).toBe(200);
    expect(res.body.stats.total).toBe(2);
    expect(res.body.stats.bySite).toHaveLength(1);
    expect(res.body.stats.intervals.recent).toHaveLength(1);
    const truncated = await api(t.app, observer.token).get(
      `/api/sites/${hopital}/evictions/stats?timelineLimit=2`,
    );
    expect(truncated.body.stats.bySite[0].timeline.map((p: { id: string }) => p.id)).toEqual(ids.slice(1, 3));
    expect(truncated.body.stats.bySite[0].timelineTruncated).toBe(true);
    const missing = await api(t.app, observer.token).get(
      '/api/sites/00000000-0000-4000-8000-000000000000/evictions/stats',
    );
    expect(missing.status).toBe(404);
  });

  it('answers empty figures for an empty selection', async () => {
    const { stats: s } = (await stats(observer.token, '?from=2030-01-01')).body;
    expect(s).toMatchObject({ total: 0, firstAt: null, bySite: [], byMonth: [], officersTotal: 0 });
    expect(s.intervals).toEqual({
      count: 0,
      medianHours: null,
      meanHours: null,
      minHours: null,
      maxHours: null,
      recent: [],
    });
    expect(s.legalBasis.noneShownShare).toBeNull();
  });

  it('lets readers of evictions in, never shows exact locations, and refuses the rest', async () => {
    for (const role of ['lawyer', 'admin', 'coordinator'] as const) {
      const reader = await signedIn(t.app, role);
      const res = await stats(reader.token);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toMatch(/Rue de l’Hôpital|50\.95|latitude|address/);
    }
    const volunteer = await signedIn(t.app, 'volunteer');
    expect((await stats(volunteer.token)).status).toBe(403);
    expect((await api(t.app, volunteer.token).get(`/api/sites/${bmx}/evictions/stats`)).status).toBe(403);
    expect((await api(t.app).get('/api/evictions/stats')).status).toBe(401);
  });

  it('names bad parameters', async () => {
    const res = await stats(
      observer.token,
      '?timeZone=%2B01:00&recentIntervals=500&siteId=nope&legalBasis=maybe',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining([
        'querystring/timeZone',
        'querystring/recentIntervals',
        'querystring/siteId',
        'querystring/legalBasis',
      ]),
    );
    const unknownZone = await stats(observer.token, '?timeZone=Mars/Olympus');
    expect(unknownZone.status).toBe(400);
    const siteOnly = await api(t.app, observer.token).get(
      `/api/sites/${bmx}/evictions/stats?siteId=${hopital}`,
    );
    expect(siteOnly.status).toBe(400);
  });
});
