import { type TestApp, buildTestApp } from '../../../test/test-app';
import { termIds } from '../../incidents/incident-fixtures';
import { type SignedIn, api, createLocation, itemIds, receive, signedIn } from '../supplies-fixtures';

describe('supplies reports', () => {
  let t: TestApp;
  let volunteer: SignedIn;
  let observer: SignedIn;
  let lawyer: SignedIn;
  let items: Record<string, string>;
  let van: string;
  let evictionId: string;
  const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    let coordinator: SignedIn;
    [volunteer, observer, lawyer, coordinator] = await Promise.all([
      signedIn(t.app, 'volunteer'),
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'lawyer'),
      signedIn(t.app, 'coordinator'),
    ]);
    items = await itemIds(t.app);
    van = await createLocation(t.app, 'van', 'Van 1');
    const terms = await termIds(t.app, observer.token);
    const site = await api(t.app, coordinator.token)
      .post('/api/sites')
      .send({ name: 'Hospital site', type: 'informal_site', commune: 'Calais' });
    const eviction = await api(t.app, observer.token)
      .post('/api/evictions')
      .send({
        siteId: site.body.site.id,
        startAt: '2026-11-20T06:05:00Z',
        property: [{ propertyTypeId: terms.tents, fate: 'destroyed', count: 12, collectiveOwned: true }],
      });
    evictionId = eviction.body.eviction.id;
    await receive(t.app, volunteer.token, van, [
      { itemId: items['TENT-2P']!, quantity: 30 },
      { itemId: items.BREAD!, quantity: 40, expiresOn: soon },
    ]);
  });
  afterAll(() => t.close());

  it('counts police losses per month against the eviction, as a dossier figure', async () => {
    const written = await api(t.app, volunteer.token)
      .post('/api/supplies/write-offs')
      .send({
        locationId: van,
        reason: 'destroyed_by_police',
        evictionId,
        note: 'Slashed during the eviction',
        lines: [{ itemId: items['TENT-2P'], quantity: 12 }],
      });
    expect(written.status).toBe(200);
    expect(written.body.operation.evictionId).toBe(evictionId);
    const report = await api(t.app, observer.token).get(
      `/api/supplies/reports/police-losses?evictionId=${evictionId}`,
    );
    expect(report.body.rows).toEqual([
      {
        month: new Date().toISOString().slice(0, 7),
        reason: 'destroyed_by_police',
        category: 'shelter',
        propertyType: { code: 'tents', labelEn: 'Tents', labelFr: 'Tentes' },
        quantity: 12,
        evictions: 1,
        incidents: 0,
      },
    ]);
  });

  it('lists stock by location, low stock, what expires soon and donations by source', async () => {
    await api(t.app, volunteer.token)
      .post('/api/supplies/receipts')
      .send({
        locationId: van,
        source: 'surplus',
        donor: 'Boulangerie',
        lines: [{ itemId: items.BREAD, quantity: 10, expiresOn: soon }],
      });
    const coordinator = await signedIn(t.app, 'coordinator');
    await api(t.app, coordinator.token)
      .put(`/api/supplies/items/${items['TENT-2P']}/thresholds`)
      .send({ thresholds: [{ locationId: van, minQuantity: 25 }] });
    const byLocation = await api(t.app, observer.token).get('/api/supplies/reports/stock-by-location');
    expect(byLocation.body.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          location: expect.objectContaining({ name: 'Van 1' }),
          category: 'shelter',
          onHand: 18,
        }),
      ]),
    );
    const low = await api(t.app, observer.token).get('/api/supplies/reports/low-stock');
    expect(low.body.rows).toEqual([expect.objectContaining({ available: 18, threshold: 25, shortBy: 7 })]);
    const expiring = await api(t.app, observer.token).get('/api/supplies/reports/expiring?days=30');
    expect(expiring.body.rows).toEqual([
      expect.objectContaining({ expiresOn: soon, onHand: 50, daysLeft: 10 }),
    ]);
    const donations = await api(t.app, observer.token).get('/api/supplies/reports/donations');
    expect(
      donations.body.rows.map((r: { source: string; quantity: number }) => [r.source, r.quantity]),
    ).toEqual(
      expect.arrayContaining([
        ['donation', 30],
        ['donation', 40],
        ['surplus', 10],
      ]),
    );
  });

  it('estimates how long stock lasts at the current rate', async () => {
    await api(t.app, volunteer.token)
      .post('/api/supplies/distributions/record')
      .send({
        locationId: van,
        distributedAt: new Date().toISOString(),
        served: { men: 28 },
        lines: [{ itemId: items.BREAD, quantity: 28 }],
      });
    const res = await api(t.app, observer.token).get('/api/supplies/reports/consumption?weeks=4');
    expect(res.body.weeks).toHaveLength(4);
    const bread = res.body.rows.find((r: { item: { code: string } }) => r.item.code === 'BREAD');
    expect(bread).toMatchObject({ dailyRate: 1, available: 22, lastsDays: 22 });
    expect(bread.perWeek[3]).toBe(28);
  });

  it('is refused to lawyers (no supplies access) and names bad parameters', async () => {
    expect((await api(t.app, lawyer.token).get('/api/supplies/reports/low-stock')).status).toBe(403);
    const bad = await api(t.app, observer.token).get('/api/supplies/reports/expiring?days=0');
    expect(bad.body.error.details[0].path).toBe('querystring/days');
  });
});
