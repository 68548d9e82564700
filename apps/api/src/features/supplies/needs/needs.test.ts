import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, api, createLocation, itemIds, receive, signedIn } from '../supplies-fixtures';

describe('needs', () => {
  let t: TestApp;
  let volunteer: SignedIn;
  let observer: SignedIn;
  let items: Record<string, string>;
  let siteId: string;
  let van: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    let coordinator: SignedIn;
    [volunteer, observer, coordinator] = await Promise.all([
      signedIn(t.app, 'volunteer'),
      signedIn(t.app, 'legal_observer'),
      signedIn(t.app, 'coordinator'),
    ]);
    items = await itemIds(t.app);
    siteId = (
      await api(t.app, coordinator.token)
        .post('/api/sites')
        .send({ name: 'Marck woods', type: 'informal_site', commune: 'Marck' })
    ).body.site.id;
    van = await createLocation(t.app, 'van');
    await receive(t.app, volunteer.token, van, [{ itemId: items.BLANKET!, quantity: 30 }]);
  });
  afterAll(() => t.close());

  it('shows each open need against deliveries and available stock', async () => {
    const created = await api(t.app, volunteer.token)
      .post('/api/supplies/needs')
      .set('idempotency-key', 'need-marck-0001')
      .send({
        siteId,
        neededBy: '2026-12-10',
        note: 'Cold night forecast',
        lines: [
          { itemId: items.BLANKET, quantity: 60 },
          { itemId: items['TARP-4X6'], quantity: 10 },
        ],
      });
    expect(created.status).toBe(200);
    const need = created.body.need;
    expect(need.lines.find((l: { item: { code: string } }) => l.item.code === 'BLANKET')).toMatchObject({
      quantity: 60,
      delivered: 0,
      available: 30,
      shortfall: 30,
    });
    const handed = await api(t.app, volunteer.token)
      .post('/api/supplies/distributions/record')
      .send({
        locationId: van,
        siteId,
        needId: need.id,
        distributedAt: new Date().toISOString(),
        served: { men: 20 },
        lines: [{ itemId: items.BLANKET, quantity: 20 }],
      });
    expect(handed.status).toBe(200);
    const view = await api(t.app, observer.token).get(`/api/supplies/needs/${need.id}`);
    expect(
      view.body.need.lines.find((l: { item: { code: string } }) => l.item.code === 'BLANKET'),
    ).toMatchObject({ delivered: 20, available: 10, shortfall: 30 });
    expect(view.body.need.distributionIds).toEqual([handed.body.distribution.id]);
    const open = await api(t.app, observer.token).get('/api/supplies/needs?status=open');
    expect(open.body.needs.map((n: { id: string }) => n.id)).toEqual([need.id]);
    const met = await api(t.app, volunteer.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: 1, status: 'met' });
    expect(met.body.need.status).toBe('met');
    expect(
      (
        await api(t.app, volunteer.token)
          .patch(`/api/supplies/needs/${need.id}`)
          .send({ version: 1, status: 'open' })
      ).status,
    ).toBe(409);
  });

  it('names the asker and bad fields; observers only read', async () => {
    const bad = await api(t.app, volunteer.token)
      .post('/api/supplies/needs')
      .send({ neededBy: '10/12/2026', lines: [] });
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/neededBy', 'body/lines']),
    );
    const nobody = await api(t.app, volunteer.token)
      .post('/api/supplies/needs')
      .send({ neededBy: '2026-12-10', lines: [{ itemId: items.BLANKET, quantity: 1 }] });
    expect(nobody.body.error.details).toEqual([
      { path: 'body/siteId', message: 'Name the site or the partner asking' },
    ]);
    const partner = await api(t.app, volunteer.token)
      .post('/api/supplies/needs')
      .send({
        partner: "Refugee Women's Centre",
        neededBy: '2026-12-12',
        lines: [{ itemId: items['SANITARY-PADS'], quantity: 40 }],
      });
    expect(partner.body.need).toMatchObject({
      partner: "Refugee Women's Centre",
      site: null,
      status: 'open',
    });
    expect((await api(t.app, observer.token).post('/api/supplies/needs').send({})).status).toBe(403);
    expect(
      (await api(t.app, observer.token).get('/api/supplies/needs/00000000-0000-4000-8000-000000000000'))
        .status,
    ).toBe(404);
  });
});
