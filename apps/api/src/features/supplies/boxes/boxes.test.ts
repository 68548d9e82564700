import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, api, createLocation, itemIds, receive, signedIn } from '../supplies-fixtures';

describe('labelled boxes', () => {
  let t: TestApp;
  let volunteer: SignedIn;
  let observer: SignedIn;
  let items: Record<string, string>;
  let warehouse: string;
  let van: string;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000', WEB_ORIGIN: 'https://vigil.example.org' });
    [volunteer, observer] = await Promise.all([
      signedIn(t.app, 'volunteer'),
      signedIn(t.app, 'legal_observer'),
    ]);
    items = await itemIds(t.app);
    warehouse = await createLocation(t.app, 'warehouse', 'Calais warehouse');
    van = await createLocation(t.app, 'van', 'Van 1');
    await receive(t.app, volunteer.token, warehouse, [{ itemId: items['JACKET-MEN-L']!, quantity: 48 }]);
  });
  afterAll(() => t.close());

  it('labels boxes whose QR code opens their page, and they follow a transfer', async () => {
    const created = await api(t.app, volunteer.token)
      .post('/api/supplies/boxes')
      .set('idempotency-key', 'boxes-jackets-0001')
      .send({
        locationId: warehouse,
        itemId: items['JACKET-MEN-L'],
        quantity: 12,
        copies: 4,
        note: 'Sorted 1 Dec',
      });
    expect(created.status).toBe(200);
    const boxes = created.body.boxes;
    expect(boxes).toHaveLength(4);
    expect(boxes[0]).toMatchObject({
      code: expect.stringMatching(/^BOX-\d{6}$/),
      url: `https://vigil.example.org/supplies/boxes/${boxes[0].id}`,
      quantity: 12,
      item: { code: 'JACKET-MEN-L', size: 'L' },
      stockHere: { onHand: 48, available: 48 },
    });
    const pdf = await api(t.app, observer.token)
      .get(`/api/supplies/labels.pdf?ids=${boxes.map((b: { id: string }) => b.id).join(',')}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const moved = await api(t.app, volunteer.token)
      .post('/api/supplies/transfers')
      .send({
        fromLocationId: warehouse,
        toLocationId: van,
        lines: [{ itemId: items['JACKET-MEN-L'], quantity: 12, boxId: boxes[0].id }],
      });
    expect(moved.status).toBe(200);
    const scanned = await api(t.app, observer.token).get(`/api/supplies/boxes/${boxes[0].id}`);
    expect(scanned.body.box).toMatchObject({ location: { name: 'Van 1' }, stockHere: { onHand: 12 } });
    const atVan = await api(t.app, observer.token).get(`/api/supplies/boxes?locationId=${van}`);
    expect(atVan.body.boxes).toHaveLength(1);
  });

  it('refuses bad input and unknown boxes', async () => {
    const bad = await api(t.app, volunteer.token)
      .post('/api/supplies/boxes')
      .send({ locationId: warehouse, itemId: items.RICE, quantity: 0, copies: 500 });
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body/quantity',
      'body/copies',
    ]);
    const date = await api(t.app, volunteer.token)
      .post('/api/supplies/boxes')
      .send({ locationId: warehouse, itemId: items['TENT-2P'], quantity: 1, expiresOn: '2027-01-01' });
    expect(date.body.error.details).toEqual([
      { path: 'body/expiresOn', message: 'This item does not track expiry' },
    ]);
    expect((await api(t.app, observer.token).post('/api/supplies/boxes').send({})).status).toBe(403);
    expect(
      (
        await api(t.app, observer.token).get(
          '/api/supplies/labels.pdf?ids=00000000-0000-4000-8000-000000000000',
        )
      ).status,
    ).toBe(404);
    expect((await api(t.app, observer.token).get('/api/supplies/labels.pdf?ids=nope')).status).toBe(400);
  });
});
