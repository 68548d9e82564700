import fc from 'fast-check';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import {
  type SignedIn,
  api,
  createLocation,
  expectConsistent,
  itemIds,
  signedIn,
  stockAt,
} from '../supplies-fixtures';

type Command =
  | { kind: 'receive'; item: number; at: number; quantity: number; batch: number }
  | { kind: 'transfer'; item: number; at: number; to: number; quantity: number }
  | { kind: 'write_off'; item: number; at: number; quantity: number }
  | { kind: 'distribute'; item: number; at: number; quantity: number }
  | { kind: 'count'; item: number; at: number; quantity: number };

const CODES = ['SLEEPING-BAG', 'TENT-2P', 'TINNED-BEANS'];
const BATCHES = ['2026-12-31', '2027-06-30'];

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('receive' as const),
    item: fc.nat(2),
    at: fc.nat(2),
    quantity: fc.integer({ min: 1, max: 30 }),
    batch: fc.nat(1),
  }),
  fc.record({
    kind: fc.constant('transfer' as const),
    item: fc.nat(2),
    at: fc.nat(2),
    to: fc.nat(2),
    quantity: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({
    kind: fc.constant('write_off' as const),
    item: fc.nat(2),
    at: fc.nat(2),
    quantity: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({
    kind: fc.constant('distribute' as const),
    item: fc.nat(2),
    at: fc.nat(2),
    quantity: fc.integer({ min: 1, max: 30 }),
  }),
  // Counts only for items without expiry batches (the others are counted batch by batch).
  fc.record({ kind: fc.constant('count' as const), item: fc.nat(1), at: fc.nat(2), quantity: fc.nat(40) }),
);

/** Random sequences of movements through the API against a model: balance = ledger, never negative. */
describe('the ledger, property-based', () => {
  let t: TestApp;
  let volunteer: SignedIn;
  let coordinator: SignedIn;
  let ids: string[];

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [volunteer, coordinator] = await Promise.all([
      signedIn(t.app, 'volunteer'),
      signedIn(t.app, 'coordinator'),
    ]);
    const all = await itemIds(t.app);
    ids = CODES.map((c) => all[c]!);
  });
  afterAll(() => t.close());

  function send(c: Command, locations: string[]) {
    const itemId = ids[c.item]!;
    const locationId = locations[c.at]!;
    const line = { itemId, quantity: c.quantity };
    const as = api(t.app, volunteer.token);
    switch (c.kind) {
      case 'receive':
        return as.post('/api/supplies/receipts').send({
          locationId,
          source: 'donation',
          lines: [{ ...line, ...(c.item === 2 ? { expiresOn: BATCHES[c.batch] } : {}) }],
        });
      case 'transfer':
        return as
          .post('/api/supplies/transfers')
          .send({ fromLocationId: locationId, toLocationId: locations[c.to], lines: [line] });
      case 'write_off':
        return as.post('/api/supplies/write-offs').send({ locationId, reason: 'damaged', lines: [line] });
      case 'distribute':
        return as
          .post('/api/supplies/distributions/record')
          .send({ locationId, distributedAt: new Date().toISOString(), served: { men: 1 }, lines: [line] });
      case 'count':
        return api(t.app, coordinator.token)
          .post('/api/supplies/stocktakes')
          .send({ locationId, reason: 'Random count', lines: [{ itemId, counted: c.quantity }] });
    }
  }

  it('keeps balances equal to the model and the ledger, whatever the sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        const locations = [
          await createLocation(t.app),
          await createLocation(t.app, 'van'),
          await createLocation(t.app, 'van'),
        ];
        const model = new Map<string, number>();
        const key = (item: number, at: number) => `${item}|${at}`;
        const have = (item: number, at: number) => model.get(key(item, at)) ?? 0;
        for (const c of commands) {
          const res = await send(c, locations);
          const takes = c.kind === 'transfer' || c.kind === 'write_off' || c.kind === 'distribute';
          const sameLocation = c.kind === 'transfer' && c.to === c.at;
          if (sameLocation) {
            expect(res.status).toBe(400);
            continue;
          }
          if (takes && have(c.item, c.at) < c.quantity) {
            expect([res.status, res.body.error?.message]).toEqual([
              409,
              expect.stringContaining(`available ${have(c.item, c.at)}`),
            ]);
            continue;
          }
          expect(res.status).toBe(200);
          if (c.kind === 'receive') model.set(key(c.item, c.at), have(c.item, c.at) + c.quantity);
          else if (c.kind === 'count') model.set(key(c.item, c.at), c.quantity);
          else model.set(key(c.item, c.at), have(c.item, c.at) - c.quantity);
          if (c.kind === 'transfer') model.set(key(c.item, c.to), have(c.item, c.to) + c.quantity);
        }
        for (let item = 0; item < ids.length; item += 1) {
          for (let at = 0; at < locations.length; at += 1) {
            const stock = await stockAt(t.app, ids[item]!, locations[at]!);
            expect(stock.onHand).toBe(have(item, at));
            expect(stock.onHand).toBeGreaterThanOrEqual(0);
          }
        }
        await expectConsistent(t.app);
      }),
      { numRuns: 25 },
    );
  });
});
