import { type TestApp, buildTestApp } from '../../../test/test-app';
import { checkBalances } from '../ledger/balance-check';
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

describe('stock movements', () => {
  let t: TestApp;
  let volunteer: SignedIn;
  let observer: SignedIn;
  let items: Record<string, string>;
  let warehouse: string;
  let van: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [volunteer, observer] = await Promise.all([
      signedIn(t.app, 'volunteer'),
      signedIn(t.app, 'legal_observer'),
    ]);
    items = await itemIds(t.app);
    warehouse = await createLocation(t.app, 'warehouse', 'Calais warehouse');
    van = await createLocation(t.app, 'van', 'Van 1');
  });
  afterAll(() => t.close());

  it('records a donation once, whatever the retries', async () => {
    const send = () =>
      api(t.app, volunteer.token)
        .post('/api/supplies/receipts')
        .set('idempotency-key', 'donation-0001')
        .send({
          locationId: warehouse,
          source: 'donation',
          donor: 'Secours populaire',
          lines: [
            { itemId: items['TENT-2P'], quantity: 40 },
            { itemId: items['TINNED-FISH'], quantity: 120, expiresOn: '2027-03-01' },
          ],
        });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.operation).toEqual(first.body.operation);
    expect(first.body.operation).toMatchObject({
      kind: 'receive',
      source: 'donation',
      donor: 'Secours populaire',
    });
    expect(first.body.operation.movements).toHaveLength(2);
    expect(await stockAt(t.app, items['TENT-2P']!, warehouse)).toEqual({ onHand: 40, reserved: 0 });
    await t.app.db.idempotencyKey.deleteMany({ where: { key: 'donation-0001' } });
    const late = await send();
    expect(late.body.operation.id).toBe(first.body.operation.id);
    expect(await stockAt(t.app, items['TENT-2P']!, warehouse)).toEqual({ onHand: 40, reserved: 0 });
    await expectConsistent(t.app);
  });

  it('keeps the key with the ledger: simultaneous retries count once, another request is refused', async () => {
    const receipt = (quantity: number) =>
      api(t.app, volunteer.token)
        .post('/api/supplies/receipts')
        .set('idempotency-key', 'donation-race-01')
        .send({ locationId: van, source: 'purchase', lines: [{ itemId: items['BLANKET'], quantity }] });
    const before = await stockAt(t.app, items['BLANKET']!, van);
    const answers = await Promise.all(Array.from({ length: 8 }, () => receipt(5)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.body.operation.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(7);
    expect(await stockAt(t.app, items['BLANKET']!, van)).toEqual({ onHand: before.onHand + 5, reserved: 0 });
    const other = await receipt(6);
    expect(other.status).toBe(409);
    expect(other.body.error.details).toEqual([
      { path: 'headers/idempotency-key', message: 'Use a new key for a new request' },
    ]);
    expect(await stockAt(t.app, items['BLANKET']!, van)).toEqual({ onHand: before.onHand + 5, reserved: 0 });
    // The key is the ledger's alone: nothing was written to the generic idempotency store.
    expect(await t.app.db.idempotencyKey.count({ where: { key: 'donation-race-01' } })).toBe(0);
    await expectConsistent(t.app);
  });

  it('the check names a balance that disagrees with the ledger', async () => {
    const where = { itemId: items['TENT-2P']!, locationId: warehouse, expiresOn: new Date('9999-12-31') };
    await t.app.db.stockBalance.update({
      where: { itemId_locationId_expiresOn: where },
      data: { onHand: { increment: 1 } },
    });
    const report = await checkBalances(t.app.db);
    // The per-item total was not touched: it still equals the ledger, and so differs from the balance.
    expect(report.totals).toEqual([
      { itemCode: 'TENT-2P', onHand: 40, balances: 41, reserved: 0, reservedBalances: 0 },
    ]);
    expect(report.mismatches).toEqual([
      {
        itemCode: 'TENT-2P',
        location: 'Calais warehouse',
        expiresOn: null,
        onHand: 41,
        ledger: 40,
        reserved: 0,
        reservations: 0,
      },
    ]);
    await t.app.db.stockBalance.update({
      where: { itemId_locationId_expiresOn: where },
      data: { onHand: { decrement: 1 } },
    });
    await expectConsistent(t.app);
  });

  it('names bad fields, and refuses legal observers', async () => {
    const bad = await api(t.app, volunteer.token)
      .post('/api/supplies/receipts')
      .send({ locationId: warehouse, source: 'gift', lines: [{ itemId: items['TENT-2P'], quantity: 0 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body/source', 'body/lines/0/quantity']),
    );
    const refs = await api(t.app, volunteer.token)
      .post('/api/supplies/receipts')
      .send({
        locationId: '00000000-0000-4000-8000-000000000000',
        source: 'purchase',
        lines: [
          { itemId: items['TINNED-FISH'], quantity: 5 },
          { itemId: items['TENT-2P'], quantity: 1, expiresOn: '2027-01-01' },
        ],
      });
    expect(refs.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body/locationId',
      'body/lines/0/expiresOn',
      'body/lines/1/expiresOn',
    ]);
    const refused = await api(t.app, observer.token)
      .post('/api/supplies/receipts')
      .send({
        locationId: warehouse,
        source: 'donation',
        lines: [{ itemId: items['TENT-2P'], quantity: 1 }],
      });
    expect(refused.status).toBe(403);
    expect((await api(t.app, observer.token).get('/api/supplies/stock')).status).toBe(200);
  });

  it('transfers both sides at once and refuses what is not there with a 409 naming it', async () => {
    const moved = await api(t.app, volunteer.token)
      .post('/api/supplies/transfers')
      .send({
        fromLocationId: warehouse,
        toLocationId: van,
        lines: [{ itemId: items['TENT-2P'], quantity: 15 }],
      });
    expect(moved.status).toBe(200);
    expect(
      moved.body.operation.movements.map((m: { kind: string; quantity: number }) => [m.kind, m.quantity]),
    ).toEqual([
      ['transfer_out', -15],
      ['transfer_in', 15],
    ]);
    const short = await api(t.app, volunteer.token)
      .post('/api/supplies/transfers')
      .send({
        fromLocationId: van,
        toLocationId: warehouse,
        lines: [{ itemId: items['TENT-2P'], quantity: 16 }],
      });
    expect(short.status).toBe(409);
    expect(short.body.error.message).toBe('Not enough "Tent, 2 people" at "Van 1": asked 16, available 15');
    expect(short.body.error.details).toEqual([
      { path: 'body/lines/0/quantity', message: 'Asked 16, available 15' },
    ]);
    expect(await stockAt(t.app, items['TENT-2P']!, van)).toEqual({ onHand: 15, reserved: 0 });
    await expectConsistent(t.app);
  });

  it('takes first-expiring batches first and keeps expiry dates across a transfer', async () => {
    await receive(t.app, volunteer.token, warehouse, [
      { itemId: items['TINNED-FISH']!, quantity: 30, expiresOn: '2026-12-20' },
    ]);
    const res = await api(t.app, volunteer.token)
      .post('/api/supplies/transfers')
      .send({
        fromLocationId: warehouse,
        toLocationId: van,
        lines: [{ itemId: items['TINNED-FISH'], quantity: 40 }],
      });
    const arrived = res.body.operation.movements
      .filter((m: { kind: string }) => m.kind === 'transfer_in')
      .map((m: { expiresOn: string; quantity: number }) => [m.expiresOn, m.quantity]);
    expect(arrived).toEqual([
      ['2026-12-20', 30],
      ['2027-03-01', 10],
    ]);
  });

  it('writes off police seizures only against an eviction or incident', async () => {
    const unlinked = await api(t.app, volunteer.token)
      .post('/api/supplies/write-offs')
      .send({
        locationId: van,
        reason: 'seized_by_police',
        lines: [{ itemId: items['TENT-2P'], quantity: 3 }],
      });
    expect(unlinked.status).toBe(400);
    expect(unlinked.body.error.details[0].path).toBe('body/evictionId');
    const expired = await api(t.app, volunteer.token)
      .post('/api/supplies/write-offs')
      .send({
        locationId: van,
        reason: 'damaged',
        note: 'Torn',
        lines: [{ itemId: items['TENT-2P'], quantity: 3 }],
      });
    expect(expired.status).toBe(200);
    expect(expired.body.operation).toMatchObject({
      writeOffReason: 'damaged',
      movements: [{ quantity: -3 }],
    });
  });

  it('shows the overview, the item, the ledger and an operation', async () => {
    const overview = await api(t.app, observer.token).get(`/api/supplies/stock?locationId=${van}&q=tent`);
    expect(overview.status).toBe(200);
    expect(
      overview.body.rows.find((r: { item: { code: string } }) => r.item.code === 'TENT-2P'),
    ).toMatchObject({
      onHand: 12,
      available: 12,
    });
    const item = await api(t.app, observer.token).get(`/api/supplies/items/${items['TINNED-FISH']}`);
    expect(item.body.totals).toEqual({ onHand: 150, reserved: 0, available: 150 });
    const ledger = await api(t.app, observer.token).get(
      `/api/supplies/movements?itemId=${items['TENT-2P']}&limit=2`,
    );
    expect(ledger.body.movements).toHaveLength(2);
    expect(ledger.body.movements[0]).toMatchObject({ kind: 'write_off', writeOffReason: 'damaged' });
    const next = await api(t.app, observer.token).get(
      `/api/supplies/movements?itemId=${items['TENT-2P']}&cursor=${ledger.body.nextCursor}`,
    );
    expect(next.body.movements.length).toBeGreaterThan(0);
    const op = await api(t.app, observer.token).get(
      `/api/supplies/operations/${ledger.body.movements[0].operationId}`,
    );
    expect(op.body.operation.kind).toBe('write_off');
    expect(
      (await api(t.app, observer.token).get('/api/supplies/operations/00000000-0000-4000-8000-000000000000'))
        .status,
    ).toBe(404);
  });

  it('keeps the ledger append-only', async () => {
    await expect(t.app.db.stockMovement.updateMany({ data: { quantity: 1 } })).rejects.toBeInstanceOf(Error);
    await expect(t.app.db.stockMovement.deleteMany({})).rejects.toBeInstanceOf(Error);
    await expect(t.app.db.stockOperation.deleteMany({})).rejects.toBeInstanceOf(Error);
  });
});
