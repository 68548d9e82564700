import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, api, createLocation, itemIds, signedIn } from '../supplies-fixtures';

describe('supplies catalogue and locations', () => {
  let t: TestApp;
  let admin: SignedIn;
  let coordinator: SignedIn;
  let volunteer: SignedIn;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [admin, coordinator, volunteer] = await Promise.all([
      signedIn(t.app, 'admin'),
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'volunteer'),
    ]);
  });
  afterAll(() => t.close());

  it('starts from the base catalogue, searchable and paged', async () => {
    const page = await api(t.app, volunteer.token).get('/api/supplies/items?limit=10');
    expect(page.body.items).toHaveLength(10);
    const next = await api(t.app, volunteer.token).get(
      `/api/supplies/items?limit=10&cursor=${page.body.nextCursor}`,
    );
    expect(next.body.items[0].nameEn >= page.body.items[9].nameEn).toBe(true);
    const tents = await api(t.app, volunteer.token).get('/api/supplies/items?q=tente&category=shelter');
    expect(tents.body.items.map((i: { code: string }) => i.code).sort()).toEqual(['TENT-2P', 'TENT-4P']);
    expect((await api(t.app, volunteer.token).get('/api/supplies/items?cursor=nope')).status).toBe(400);
  });

  it('is edited by administrators only, with codes unique', async () => {
    const body = {
      code: 'nappies-5',
      category: 'nappies',
      nameEn: 'Nappies, size 5',
      nameFr: 'Couches, taille 5',
      unit: 'pack',
      size: '5',
    };
    expect((await api(t.app, coordinator.token).post('/api/supplies/items').send(body)).status).toBe(403);
    const created = await api(t.app, admin.token)
      .post('/api/supplies/items')
      .set('idempotency-key', 'item-nappies-5')
      .send(body);
    expect(created.body.item).toMatchObject({
      code: 'NAPPIES-5',
      priority: 'normal',
      tracksExpiry: false,
      active: true,
    });
    const again = await api(t.app, admin.token).post('/api/supplies/items').send(body);
    expect([again.status, again.body.error.details]).toEqual([
      409,
      [{ path: 'body/code', message: 'Already used' }],
    ]);
    const bad = await api(t.app, admin.token)
      .post('/api/supplies/items')
      .send({ ...body, code: 'x y', category: 'toys' });
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body/code',
      'body/category',
    ]);
    const patched = await api(t.app, admin.token)
      .patch(`/api/supplies/items/${created.body.item.id}`)
      .send({ priority: 'high', active: false });
    expect(patched.body.item).toMatchObject({ priority: 'high', active: false });
    expect(
      (
        await api(t.app, admin.token)
          .patch('/api/supplies/items/00000000-0000-4000-8000-000000000000')
          .send({})
      ).status,
    ).toBe(404);
    const audit = await t.app.db.auditEvent.findFirst({ where: { action: 'supply_item.update' } });
    expect(audit?.fields.sort()).toEqual(['active', 'priority']);
  });

  it('takes every field of the editor, clears size and gender, and retires an item', async () => {
    const created = await api(t.app, admin.token)
      .post('/api/supplies/items')
      .set('idempotency-key', 'item-boots-43-editor')
      .send({
        code: 'BOOTS-43',
        category: 'shoes',
        nameEn: 'Walking boots',
        nameFr: 'Chaussures de marche',
        unit: 'pair',
        size: '43',
        gender: 'men',
        tracksExpiry: false,
        priority: 'high',
        season: 'winter',
        active: true,
      });
    expect(created.body.item).toMatchObject({ size: '43', gender: 'men', unit: 'pair', season: 'winter' });
    const id = created.body.item.id;
    const body = {
      category: 'hygiene',
      nameEn: 'Foot care kit',
      nameFr: 'Kit soin des pieds',
      unit: 'box',
      size: null,
      gender: null,
      tracksExpiry: true,
      priority: 'normal',
      season: 'all_year',
      propertyTypeId: null,
      active: false,
    };
    expect((await api(t.app, coordinator.token).patch(`/api/supplies/items/${id}`).send(body)).status).toBe(
      403,
    );
    const edited = await api(t.app, admin.token).patch(`/api/supplies/items/${id}`).send(body);
    expect(edited.body.item).toEqual(expect.objectContaining({ ...body, code: 'BOOTS-43' }));
    const listed = await api(t.app, volunteer.token).get('/api/supplies/items?q=BOOTS-43');
    expect(listed.body.items).toEqual([]);
    const retired = await api(t.app, admin.token).get('/api/supplies/items?q=BOOTS-43&includeInactive=true');
    expect(retired.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const audit = await t.app.db.auditEvent.findFirst({
      where: { action: 'supply_item.update', entityId: id },
    });
    expect(audit?.fields.sort()).toEqual(
      [
        'active',
        'category',
        'gender',
        'nameEn',
        'nameFr',
        'season',
        'size',
        'tracksExpiry',
        'unit',
        'priority',
      ].sort(),
    );
  });

  it('keeps locations and thresholds for whoever runs the stock', async () => {
    const site = await api(t.app, coordinator.token)
      .post('/api/sites')
      .send({ name: 'Quai de la Moselle', type: 'distribution_point', commune: 'Calais' });
    expect(
      (await api(t.app, volunteer.token).post('/api/supplies/locations').send({ name: 'Van 3', kind: 'van' }))
        .status,
    ).toBe(403);
    const point = await api(t.app, coordinator.token)
      .post('/api/supplies/locations')
      .send({ name: 'Quai de la Moselle point', kind: 'distribution_point', siteId: site.body.site.id });
    expect(point.body.location).toMatchObject({
      kind: 'distribution_point',
      site: { name: 'Quai de la Moselle' },
    });
    const dup = await api(t.app, coordinator.token)
      .post('/api/supplies/locations')
      .send({ name: 'Quai de la Moselle point', kind: 'van' });
    expect(dup.status).toBe(409);
    const closed = await api(t.app, coordinator.token)
      .patch(`/api/supplies/locations/${point.body.location.id}`)
      .send({ active: false });
    expect(closed.body.location.active).toBe(false);
    const listed = await api(t.app, volunteer.token).get('/api/supplies/locations');
    expect(listed.body.locations.map((l: { id: string }) => l.id)).not.toContain(point.body.location.id);

    const van = await createLocation(t.app, 'van', 'Van 3');
    const items = await itemIds(t.app);
    const set = await api(t.app, coordinator.token)
      .put(`/api/supplies/items/${items['TENT-2P']}/thresholds`)
      .send({ thresholds: [{ locationId: van, minQuantity: 10 }] });
    expect(set.body).toEqual({ ok: true });
    const item = await api(t.app, volunteer.token).get(`/api/supplies/items/${items['TENT-2P']}`);
    expect(item.body.locations).toEqual([
      expect.objectContaining({
        location: expect.objectContaining({ name: 'Van 3' }),
        threshold: 10,
        low: true,
        onHand: 0,
      }),
    ]);
    const low = await api(t.app, volunteer.token).get(`/api/supplies/stock?locationId=${van}&lowOnly=true`);
    expect(low.body.rows.map((r: { item: { code: string } }) => r.item.code)).toEqual(['TENT-2P']);
    const twice = await api(t.app, coordinator.token)
      .put(`/api/supplies/items/${items['TENT-2P']}/thresholds`)
      .send({
        thresholds: [
          { locationId: van, minQuantity: 1 },
          { locationId: van, minQuantity: 2 },
        ],
      });
    expect(twice.body.error.details).toEqual([
      { path: 'body/thresholds/1/locationId', message: 'Listed twice' },
    ]);
  });
});
