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

/** Many hands on the same stock at once: nothing oversold, nothing lost, no 500. */
describe('stock under concurrency', () => {
  let t: TestApp;
  let volunteers: SignedIn[];
  let items: Record<string, string>;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    volunteers = await Promise.all([1, 2, 3, 4, 5].map(() => signedIn(t.app, 'volunteer')));
    items = await itemIds(t.app);
  });
  afterAll(() => t.close());

  it('50 concurrent distributions of the same stock: no oversell, every refusal a 409, balance = ledger', async () => {
    const van = await createLocation(t.app, 'van');
    await receive(t.app, volunteers[0]!.token, van, [
      { itemId: items['SLEEPING-BAG']!, quantity: 100 },
      { itemId: items['TINNED-BEANS']!, quantity: 60, expiresOn: '2027-01-31' },
      { itemId: items['TINNED-BEANS']!, quantity: 60, expiresOn: '2026-12-31' },
    ]);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api(t.app, volunteers[i % volunteers.length]!.token)
          .post('/api/supplies/distributions/record')
          .set('idempotency-key', `concurrent-distribution-${i}`)
          .send({
            locationId: van,
            distributedAt: new Date().toISOString(),
            served: { men: 3, women: 1 },
            lines: [
              { itemId: items['SLEEPING-BAG'], quantity: 3 },
              { itemId: items['TINNED-BEANS'], quantity: 4 },
            ],
          }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const ok = statuses.filter((s) => s === 200).length;
    expect(ok).toBe(30); // 120 tins / 4 = 30, before 33 sleeping-bag lots would run out
    for (const refused of results.filter((r) => r.status === 409)) {
      expect(refused.body.error.message).toMatch(
        /^Not enough "Tinned beans" at "Place [^"]+": asked 4, available 0$/,
      );
    }
    expect(await stockAt(t.app, items['SLEEPING-BAG']!, van)).toEqual({ onHand: 10, reserved: 0 });
    expect(await stockAt(t.app, items['TINNED-BEANS']!, van)).toEqual({ onHand: 0, reserved: 0 });
    expect(await t.app.db.distribution.count({ where: { locationId: van } })).toBe(30);
    await expectConsistent(t.app);
  });

  it('concurrent transfers in opposite directions: no deadlock surfaces, no movement lost', async () => {
    const [a, b] = [await createLocation(t.app, 'warehouse'), await createLocation(t.app, 'van')];
    const bag = items['SLEEPING-BAG']!;
    const tent = items['TENT-2P']!;
    await receive(t.app, volunteers[0]!.token, a, [
      { itemId: bag, quantity: 500 },
      { itemId: tent, quantity: 500 },
    ]);
    await receive(t.app, volunteers[0]!.token, b, [
      { itemId: bag, quantity: 500 },
      { itemId: tent, quantity: 500 },
    ]);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const [from, to] = i % 2 ? [a, b] : [b, a];
        // Lines in opposite item order too, so a naive row-by-row lock order would deadlock.
        const lines =
          i % 2
            ? [
                { itemId: bag, quantity: 3 },
                { itemId: tent, quantity: 2 },
              ]
            : [
                { itemId: tent, quantity: 2 },
                { itemId: bag, quantity: 3 },
              ];
        return api(t.app, volunteers[i % volunteers.length]!.token)
          .post('/api/supplies/transfers')
          .send({ fromLocationId: from, toLocationId: to, lines });
      }),
    );
    expect(results.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    expect(await stockAt(t.app, bag, a)).toEqual({ onHand: 500, reserved: 0 });
    expect(await stockAt(t.app, tent, b)).toEqual({ onHand: 500, reserved: 0 });
    expect(
      await t.app.db.stockOperation.count({
        where: { kind: 'transfer', movements: { some: { locationId: a } } },
      }),
    ).toBe(60);
    await expectConsistent(t.app);
  });

  it('packing and writing off the same stock at once never holds more than is there', async () => {
    const point = await createLocation(t.app, 'distribution_point');
    const blanket = items.BLANKET!;
    await receive(t.app, volunteers[0]!.token, point, [{ itemId: blanket, quantity: 40 }]);
    const planned = await Promise.all(
      Array.from({ length: 10 }, () =>
        api(t.app, volunteers[0]!.token)
          .post('/api/supplies/distributions')
          .send({
            locationId: point,
            scheduledAt: new Date().toISOString(),
            lines: [{ itemId: blanket, quantity: 6 }],
          }),
      ),
    );
    const results = await Promise.all([
      ...planned.map((p, i) =>
        api(t.app, volunteers[i % 5]!.token)
          .post(`/api/supplies/distributions/${p.body.distribution.id}/pack`)
          .send({ version: 1 }),
      ),
      ...Array.from({ length: 10 }, () =>
        api(t.app, volunteers[1]!.token)
          .post('/api/supplies/write-offs')
          .send({ locationId: point, reason: 'damaged', lines: [{ itemId: blanket, quantity: 1 }] }),
      ),
    ]);
    expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const packed = results.slice(0, 10).filter((r) => r.status === 200).length;
    const written = results.slice(10).filter((r) => r.status === 200).length;
    const stock = await stockAt(t.app, blanket, point);
    expect(stock).toEqual({ onHand: 40 - written, reserved: packed * 6 });
    expect(stock.reserved).toBeLessThanOrEqual(stock.onHand);
    await expectConsistent(t.app);
  });
});
