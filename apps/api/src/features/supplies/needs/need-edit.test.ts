import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, api, itemIds, signedIn } from '../supplies-fixtures';

describe('editing a need', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let observer: SignedIn;
  let items: Record<string, string>;
  let siteId: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, observer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'legal_observer'),
    ]);
    items = await itemIds(t.app);
    siteId = (
      await api(t.app, coordinator.token)
        .post('/api/sites')
        .send({ name: 'Loon-Plage woods', type: 'informal_site', commune: 'Loon-Plage' })
    ).body.site.id;
  });
  afterAll(() => t.close());

  const createNeed = async () =>
    (
      await api(t.app, coordinator.token)
        .post('/api/supplies/needs')
        .send({
          partner: 'Refugee Youth Service',
          neededBy: '2026-12-20',
          lines: [{ itemId: items.BLANKET, quantity: 10 }],
        })
    ).body.need as { id: string; version: number };

  it('changes who asks, the date, the note and the lines while open, at the version seen', async () => {
    const need = await createNeed();
    const edited = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({
        version: need.version,
        siteId,
        partner: null,
        neededBy: '2026-12-18',
        note: 'Twelve new arrivals',
        lines: [
          { itemId: items.BLANKET, quantity: 12 },
          { itemId: items['TARP-4X6'], quantity: 3 },
        ],
      });
    expect(edited.status).toBe(200);
    expect(edited.body.need).toMatchObject({
      site: { id: siteId, name: 'Loon-Plage woods' },
      partner: null,
      neededBy: '2026-12-18',
      note: 'Twelve new arrivals',
      version: need.version + 1,
    });
    expect(
      edited.body.need.lines.map((l: { item: { code: string }; quantity: number }) => [
        l.item.code,
        l.quantity,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['BLANKET', 12],
        ['TARP-4X6', 3],
      ]),
    );

    // A page that still shows the first version is told to reload, and nothing changes.
    const stale = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: need.version, neededBy: '2026-12-30' });
    expect([stale.status, stale.body.error.message]).toEqual([
      409,
      'Someone changed this need meanwhile: reload it',
    ]);
    const now = await api(t.app, coordinator.token).get(`/api/supplies/needs/${need.id}`);
    expect(now.body.need.neededBy).toBe('2026-12-18');
  });

  it('keeps a site or a partner, checks them, and freezes a need once met', async () => {
    const need = await createNeed();
    const nobody = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: need.version, partner: null });
    expect([nobody.status, nobody.body.error.details]).toEqual([
      400,
      [{ path: 'body/siteId', message: 'Name the site or the partner asking' }],
    ]);
    const unknown = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: need.version, siteId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.error.details).toEqual([{ path: 'body/siteId', message: 'No such site' }]);
    const twice = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({
        version: need.version,
        lines: [
          { itemId: items.BLANKET, quantity: 1 },
          { itemId: items.BLANKET, quantity: 2 },
        ],
      });
    expect(twice.body.error.details).toEqual([{ path: 'body/lines/1/itemId', message: 'Listed twice' }]);

    const met = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: need.version, status: 'met' });
    expect(met.body.need.status).toBe('met');
    const late = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: met.body.need.version, lines: [{ itemId: items.BLANKET, quantity: 50 }] });
    expect([late.status, late.body.error.message]).toEqual([
      409,
      'This need is met: it can no longer change',
    ]);
    const reopened = await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: met.body.need.version, status: 'open' });
    expect(reopened.body.need.status).toBe('open');
  });

  it('is for those who record supplies; an unknown need is a 404', async () => {
    const need = await createNeed();
    const refused = await api(t.app, observer.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: need.version, note: 'x' });
    expect(refused.status).toBe(403);
    const missing = await api(t.app, coordinator.token)
      .patch('/api/supplies/needs/00000000-0000-4000-8000-000000000000')
      .send({ version: 1, note: 'x' });
    expect(missing.status).toBe(404);
  });
});
