import { type TestApp, buildTestApp } from '../../../test/test-app';
import {
  type SignedIn,
  api,
  createLocation,
  expectConsistent,
  itemIds,
  receive,
  signedIn,
  stockAt,
} from '../supplies-fixtures';

describe('distributions', () => {
  let t: TestApp;
  let volunteer: SignedIn;
  let observer: SignedIn;
  let items: Record<string, string>;
  let van: string;
  const now = () => new Date().toISOString();

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [volunteer, observer] = await Promise.all([
      signedIn(t.app, 'volunteer'),
      signedIn(t.app, 'legal_observer'),
    ]);
    items = await itemIds(t.app);
    van = await createLocation(t.app, 'van', 'Van 2');
    await receive(t.app, volunteer.token, van, [
      { itemId: items['SLEEPING-BAG']!, quantity: 50 },
      { itemId: items['TINNED-FISH']!, quantity: 20, expiresOn: '2026-12-15' },
      { itemId: items['TINNED-FISH']!, quantity: 40, expiresOn: '2027-02-01' },
    ]);
  });
  afterAll(() => t.close());

  const plan = (lines: { itemId: string | undefined; quantity: number }[]) =>
    api(t.app, volunteer.token)
      .post('/api/supplies/distributions')
      .send({ locationId: van, scheduledAt: now(), lines });

  it('goes planned → packed (reserved) → distributed → closed with returns counted back', async () => {
    const planned = await plan([
      { itemId: items['SLEEPING-BAG'], quantity: 30 },
      { itemId: items['TINNED-FISH'], quantity: 30 },
    ]);
    expect(planned.status).toBe(200);
    const d = planned.body.distribution;
    expect(d).toMatchObject({
      status: 'planned',
      reference: expect.stringMatching(/^DIS-\d{4}-\d{6}$/),
      served: null,
    });

    const packed = await api(t.app, volunteer.token)
      .post(`/api/supplies/distributions/${d.id}/pack`)
      .send({ version: 1 });
    expect(packed.body.distribution.status).toBe('packed');
    expect(await stockAt(t.app, items['SLEEPING-BAG']!, van)).toEqual({ onHand: 50, reserved: 30 });
    const stock = await api(t.app, observer.token).get(`/api/supplies/stock?locationId=${van}&q=sleeping`);
    expect(stock.body.rows[0]).toMatchObject({ onHand: 50, reserved: 30, available: 20 });
    // Packed stock is not available to others: a write-off of what is held is refused.
    const grab = await api(t.app, volunteer.token)
      .post('/api/supplies/write-offs')
      .send({ locationId: van, reason: 'damaged', lines: [{ itemId: items['SLEEPING-BAG'], quantity: 21 }] });
    expect(grab.status).toBe(409);
    expect(grab.body.error.message).toContain('asked 21, available 20');

    const out = await api(t.app, volunteer.token)
      .post(`/api/supplies/distributions/${d.id}/distribute`)
      .set('idempotency-key', `distribute-${d.id}`)
      .send({ version: 2, served: { men: 60, women: 8, families: 3, minors: 5 } });
    expect(out.body.distribution).toMatchObject({
      status: 'distributed',
      served: { men: 60, women: 8, families: 3, minors: 5 },
    });
    expect(await stockAt(t.app, items['SLEEPING-BAG']!, van)).toEqual({ onHand: 20, reserved: 0 });
    const stale = await api(t.app, volunteer.token)
      .post(`/api/supplies/distributions/${d.id}/distribute`)
      .send({ version: 2, served: {} });
    expect(stale.status).toBe(409);

    const back = await api(t.app, volunteer.token)
      .post(`/api/supplies/distributions/${d.id}/returns`)
      .send({ version: 3, lines: [{ itemId: items['TINNED-FISH'], quantity: 25 }] });
    expect(back.status).toBe(200);
    const fish = back.body.distribution.lines.find(
      (l: { item: { code: string } }) => l.item.code === 'TINNED-FISH',
    );
    expect(fish).toMatchObject({ planned: 30, packed: 30, sent: 30, returned: 25, handedOut: 5 });
    // Returns go back to the batches they left from, earliest expiry first.
    const batches = (await api(t.app, observer.token).get(`/api/supplies/items/${items['TINNED-FISH']}`)).body
      .locations[0].batches;
    expect(batches).toEqual([
      { expiresOn: '2026-12-15', onHand: 20, reserved: 0, available: 20 },
      { expiresOn: '2027-02-01', onHand: 35, reserved: 0, available: 35 },
    ]);
    await expectConsistent(t.app);
  });

  it('refuses to pack more than is available, naming the item, and cancels packed ones', async () => {
    const big = (await plan([{ itemId: items['SLEEPING-BAG'], quantity: 21 }])).body.distribution;
    const refused = await api(t.app, volunteer.token)
      .post(`/api/supplies/distributions/${big.id}/pack`)
      .send({ version: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Not enough "Sleeping bag" at "Van 2": asked 21, available 20');
    const small = (await plan([{ itemId: items['SLEEPING-BAG'], quantity: 5 }])).body.distribution;
    await api(t.app, volunteer.token)
      .post(`/api/supplies/distributions/${small.id}/pack`)
      .send({ version: 1 });
    expect((await stockAt(t.app, items['SLEEPING-BAG']!, van)).reserved).toBe(5);
    const cancelled = await api(t.app, volunteer.token)
      .post(`/api/supplies/distributions/${small.id}/cancel`)
      .send({ version: 2 });
    expect(cancelled.body.distribution.status).toBe('cancelled');
    expect(await stockAt(t.app, items['SLEEPING-BAG']!, van)).toEqual({ onHand: 20, reserved: 0 });
    await expectConsistent(t.app);
  });

  it('edits planned ones only, and names bad fields', async () => {
    const d = (await plan([{ itemId: items['SLEEPING-BAG'], quantity: 2 }])).body.distribution;
    const edited = await api(t.app, volunteer.token)
      .put(`/api/supplies/distributions/${d.id}`)
      .send({
        version: 1,
        locationId: van,
        scheduledAt: now(),
        lines: [{ itemId: items['SLEEPING-BAG'], quantity: 4 }],
      });
    expect(edited.body.distribution.lines[0].planned).toBe(4);
    const bad = await api(t.app, volunteer.token)
      .post('/api/supplies/distributions')
      .send({
        locationId: van,
        scheduledAt: 'tomorrow',
        lines: [{ itemId: items['SLEEPING-BAG'], quantity: -1 }],
      });
    expect(bad.body.error.details.map((x: { path: string }) => x.path)).toEqual(
      expect.arrayContaining(['body/scheduledAt', 'body/lines/0/quantity']),
    );
    const twice = await plan([
      { itemId: items['SLEEPING-BAG'], quantity: 1 },
      { itemId: items['SLEEPING-BAG'], quantity: 1 },
    ]);
    expect(twice.body.error.details).toEqual([{ path: 'body/lines/1/itemId', message: 'Listed twice' }]);
    expect(
      (
        await api(t.app, volunteer.token).get(
          '/api/supplies/distributions/00000000-0000-4000-8000-000000000000',
        )
      ).status,
    ).toBe(404);
  });

  it('records one after the fact, once per Idempotency-Key, with counts by group only', async () => {
    const distributedAt = now();
    const send = () =>
      api(t.app, volunteer.token)
        .post('/api/supplies/distributions/record')
        .set('idempotency-key', 'evening-distribution-0001')
        .send({
          locationId: van,
          distributedAt,
          served: { men: 120, women: 10, families: 4, minors: 12 },
          lines: [{ itemId: items['SLEEPING-BAG'], quantity: 10 }],
        });
    const first = await send();
    const retry = await send();
    expect(first.body.distribution).toMatchObject({
      status: 'closed',
      served: { men: 120, women: 10, families: 4, minors: 12 },
    });
    expect(retry.body.distribution.id).toBe(first.body.distribution.id);
    // Even when the HTTP-level record of the key is gone (a crash before it was saved), the ledger's own
    // copy of the key stops a second count.
    await t.app.db.idempotencyKey.deleteMany({ where: { key: 'evening-distribution-0001' } });
    const late = await send();
    expect(late.status).toBe(200);
    expect(late.body.distribution.id).toBe(first.body.distribution.id);
    expect(await stockAt(t.app, items['SLEEPING-BAG']!, van)).toEqual({ onHand: 10, reserved: 0 });
    const list = await api(t.app, observer.token).get(
      `/api/supplies/distributions?locationId=${van}&status=closed`,
    );
    expect(list.body.distributions.map((x: { id: string }) => x.id)).toContain(first.body.distribution.id);
    expect(
      (await api(t.app, observer.token).post('/api/supplies/distributions/record').send({})).status,
    ).toBe(403);
  });
});
