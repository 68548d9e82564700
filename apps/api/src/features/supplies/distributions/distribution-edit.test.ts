import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, api, createLocation, itemIds, receive, signedIn } from '../supplies-fixtures';

describe('editing a planned distribution', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let observer: SignedIn;
  let items: Record<string, string>;
  let van: string;
  let point: string;
  let siteId: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, observer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'legal_observer'),
    ]);
    items = await itemIds(t.app);
    van = await createLocation(t.app, 'van', 'Van 5');
    point = await createLocation(t.app, 'distribution_point', 'Point 5');
    await receive(t.app, coordinator.token, van, [{ itemId: items['SLEEPING-BAG']!, quantity: 30 }]);
    siteId = (
      await api(t.app, coordinator.token)
        .post('/api/sites')
        .send({ name: 'Puythouck lake', type: 'informal_site', commune: 'Grande-Synthe' })
    ).body.site.id;
  });
  afterAll(() => t.close());

  const plan = async (needId: string | null = null) =>
    (
      await api(t.app, coordinator.token)
        .post('/api/supplies/distributions')
        .send({
          locationId: van,
          needId,
          scheduledAt: '2026-12-10T17:00:00.000Z',
          lines: [{ itemId: items['SLEEPING-BAG'], quantity: 5 }],
        })
    ).body.distribution as { id: string; version: number };

  it('changes place, site, time, note and lines, once per version seen', async () => {
    const d = await plan();
    const body = {
      version: d.version,
      locationId: point,
      siteId,
      scheduledAt: '2026-12-11T08:30:00.000Z',
      note: 'Morning instead',
      lines: [
        { itemId: items['SLEEPING-BAG'], quantity: 8 },
        { itemId: items.BLANKET, quantity: 4 },
      ],
    };
    const edited = await api(t.app, coordinator.token).put(`/api/supplies/distributions/${d.id}`).send(body);
    expect(edited.status).toBe(200);
    expect(edited.body.distribution).toMatchObject({
      status: 'planned',
      location: { id: point },
      site: { id: siteId },
      scheduledAt: '2026-12-11T08:30:00.000Z',
      note: 'Morning instead',
      version: d.version + 1,
    });
    expect(
      edited.body.distribution.lines.map((l: { item: { code: string }; planned: number }) => [
        l.item.code,
        l.planned,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['SLEEPING-BAG', 8],
        ['BLANKET', 4],
      ]),
    );
    const stale = await api(t.app, coordinator.token)
      .put(`/api/supplies/distributions/${d.id}`)
      .send({ ...body, note: 'Evening after all' });
    expect([stale.status, stale.body.error.message]).toEqual([
      409,
      'Someone changed this distribution meanwhile: reload it',
    ]);
  });

  it('refuses once packed, and keeps answering a need met since it was planned', async () => {
    const need = (
      await api(t.app, coordinator.token)
        .post('/api/supplies/needs')
        .send({ siteId, neededBy: '2026-12-12', lines: [{ itemId: items['SLEEPING-BAG'], quantity: 5 }] })
    ).body.need;
    const d = await plan(need.id);
    await api(t.app, coordinator.token)
      .patch(`/api/supplies/needs/${need.id}`)
      .send({ version: need.version, status: 'met' });
    const kept = await api(t.app, coordinator.token)
      .put(`/api/supplies/distributions/${d.id}`)
      .send({
        version: d.version,
        locationId: van,
        needId: need.id,
        scheduledAt: '2026-12-10T18:00:00.000Z',
        lines: [{ itemId: items['SLEEPING-BAG'], quantity: 6 }],
      });
    expect(kept.status).toBe(200);
    expect(kept.body.distribution.needId).toBe(need.id);

    const other = await plan();
    const closedNeed = await api(t.app, coordinator.token)
      .put(`/api/supplies/distributions/${other.id}`)
      .send({
        version: other.version,
        locationId: van,
        needId: need.id,
        scheduledAt: '2026-12-10T18:00:00.000Z',
        lines: [{ itemId: items['SLEEPING-BAG'], quantity: 1 }],
      });
    expect(closedNeed.body.error.details).toEqual([
      { path: 'body/needId', message: 'This need is no longer open' },
    ]);

    const packed = await api(t.app, coordinator.token)
      .post(`/api/supplies/distributions/${other.id}/pack`)
      .send({ version: other.version });
    expect(packed.body.distribution.status).toBe('packed');
    const late = await api(t.app, coordinator.token)
      .put(`/api/supplies/distributions/${other.id}`)
      .send({
        version: packed.body.distribution.version,
        locationId: van,
        scheduledAt: '2026-12-10T18:00:00.000Z',
        lines: [{ itemId: items['SLEEPING-BAG'], quantity: 2 }],
      });
    expect([late.status, late.body.error.message]).toEqual([
      409,
      'This distribution is packed: it cannot do that now',
    ]);
  });

  it('is for those who record supplies; an unknown one is a 404', async () => {
    const d = await plan();
    const body = {
      version: d.version,
      locationId: van,
      scheduledAt: '2026-12-10T18:00:00.000Z',
      lines: [{ itemId: items['SLEEPING-BAG'], quantity: 1 }],
    };
    expect(
      (await api(t.app, observer.token).put(`/api/supplies/distributions/${d.id}`).send(body)).status,
    ).toBe(403);
    expect(
      (
        await api(t.app, coordinator.token)
          .put('/api/supplies/distributions/00000000-0000-4000-8000-000000000000')
          .send(body)
      ).status,
    ).toBe(404);
  });
});
