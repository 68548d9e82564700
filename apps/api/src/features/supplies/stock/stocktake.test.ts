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

describe('stock-take', () => {
  let t: TestApp;
  let coordinator: SignedIn;
  let volunteer: SignedIn;
  let items: Record<string, string>;
  let warehouse: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [coordinator, volunteer] = await Promise.all([
      signedIn(t.app, 'coordinator'),
      signedIn(t.app, 'volunteer'),
    ]);
    items = await itemIds(t.app);
    warehouse = await createLocation(t.app, 'warehouse', 'Grande-Synthe depot');
    await receive(t.app, volunteer.token, warehouse, [
      { itemId: items.BLANKET!, quantity: 80 },
      { itemId: items['TARP-4X6']!, quantity: 10 },
      { itemId: items.RICE!, quantity: 25, expiresOn: '2027-05-01' },
    ]);
  });
  afterAll(() => t.close());

  const lines = () => [
    { itemId: items.BLANKET, counted: 72 },
    { itemId: items.RICE, expiresOn: '2027-05-01', counted: 25 },
    { itemId: items['SOAP'], counted: 12 },
  ];

  it('previews the differences without writing, then confirms them as adjustments with the reason', async () => {
    const preview = await api(t.app, coordinator.token)
      .post('/api/supplies/stocktakes/preview')
      .send({ locationId: warehouse, lines: lines() });
    expect(preview.status).toBe(200);
    expect(preview.body.unchanged).toBe(1);
    expect(
      preview.body.differences.map(
        (d: { item: { code: string }; onHand: number; counted: number; difference: number }) => [
          d.item.code,
          d.onHand,
          d.counted,
          d.difference,
        ],
      ),
    ).toEqual([
      ['BLANKET', 80, 72, -8],
      ['SOAP', 0, 12, 12],
    ]);
    expect(await stockAt(t.app, items.BLANKET!, warehouse)).toEqual({ onHand: 80, reserved: 0 });

    const confirmed = await api(t.app, coordinator.token)
      .post('/api/supplies/stocktakes')
      .set('idempotency-key', 'count-2026-12-01')
      .send({
        locationId: warehouse,
        lines: lines(),
        reason: 'Monthly count',
        basedOn: preview.body.basedOn,
      });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.operation).toMatchObject({ kind: 'stocktake', note: 'Monthly count' });
    expect(
      confirmed.body.operation.movements.map((m: { kind: string; quantity: number }) => [m.kind, m.quantity]),
    ).toEqual([
      ['adjust', -8],
      ['adjust', 12],
    ]);
    expect(await stockAt(t.app, items.BLANKET!, warehouse)).toEqual({ onHand: 72, reserved: 0 });
    await expectConsistent(t.app);
  });

  it('refuses a confirmation based on a preview the stock has moved on from', async () => {
    const preview = await api(t.app, coordinator.token)
      .post('/api/supplies/stocktakes/preview')
      .send({ locationId: warehouse, lines: [{ itemId: items['TARP-4X6'], counted: 9 }] });
    await receive(t.app, volunteer.token, warehouse, [{ itemId: items['TARP-4X6']!, quantity: 5 }]);
    const stale = await api(t.app, coordinator.token)
      .post('/api/supplies/stocktakes')
      .send({
        locationId: warehouse,
        lines: [{ itemId: items['TARP-4X6'], counted: 9 }],
        reason: 'Recount',
        basedOn: preview.body.basedOn,
      });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/moved since the preview/);
    expect(await stockAt(t.app, items['TARP-4X6']!, warehouse)).toEqual({ onHand: 15, reserved: 0 });
  });

  it('is for coordinators, and names bad lines', async () => {
    const volunteerTry = await api(t.app, volunteer.token)
      .post('/api/supplies/stocktakes/preview')
      .send({ locationId: warehouse, lines: lines() });
    expect(volunteerTry.status).toBe(403);
    const bad = await api(t.app, coordinator.token)
      .post('/api/supplies/stocktakes')
      .send({
        locationId: warehouse,
        reason: 'x',
        lines: [
          { itemId: items.RICE, counted: 3 },
          { itemId: items.BLANKET, counted: -1 },
        ],
      });
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body/lines/1/counted',
      'body/reason',
    ]);
    const refs = await api(t.app, coordinator.token)
      .post('/api/supplies/stocktakes/preview')
      .send({
        locationId: warehouse,
        lines: [
          { itemId: items.RICE, counted: 3 },
          { itemId: items.BLANKET, counted: 1 },
          { itemId: items.BLANKET, counted: 2 },
        ],
      });
    expect(refs.body.error.details).toEqual([
      { path: 'body/lines/0/expiresOn', message: 'Count this item by expiry date' },
      { path: 'body/lines/2/itemId', message: 'Counted twice' },
    ]);
  });
});
