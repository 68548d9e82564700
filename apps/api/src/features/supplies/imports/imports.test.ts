import { parseCsvProblemPath } from '@vigil/contracts';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, api, createLocation, expectConsistent, signedIn } from '../supplies-fixtures';

const CATALOGUE = [
  'code;category;name_en;name_fr;unit;size;gender;tracks_expiry;priority;season;property_type',
  "JACKET-MEN-XL;clothing;Winter jacket, men;Veste d'hiver homme;piece;XL;men;non;normal;winter;clothes",
  'TENT-2P;shelter;"Tent, 2 people (dome)";"Tente 2 places (dôme)";piece;;;no;high;all_year;tents',
].join('\r\n');

describe('CSV imports', () => {
  let t: TestApp;
  let admin: SignedIn;
  let coordinator: SignedIn;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    [admin, coordinator] = await Promise.all([signedIn(t.app, 'admin'), signedIn(t.app, 'coordinator')]);
    await createLocation(t.app, 'warehouse', 'Calais warehouse');
    await createLocation(t.app, 'van', 'Van 1');
  });
  afterAll(() => t.close());

  it('reports every problem of a catalogue file by row and column, and imports nothing', async () => {
    const csv = [
      'code,category,name_en,name_fr,tracks_expiry,colour',
      'SOCKS-W,clothing,Socks women,Chaussettes femme,maybe,red',
    ].join('\n');
    const dry = await api(t.app, admin.token)
      .post('/api/supplies/imports/catalogue')
      .send({ csv, dryRun: true });
    expect(dry.body).toMatchObject({
      dryRun: true,
      valid: false,
      problems: [
        { row: 1, column: 'colour' },
        { row: 2, column: 'tracks_expiry', message: 'Write yes or no' },
      ],
    });
    const bad = [
      'code,category,name_en,name_fr,tracks_expiry',
      'SOCKS-W,clothing,Socks women,Chaussettes femme,maybe',
      'HAT,hats,Hat,,no',
      'socks-w,clothing,Socks,Chaussettes,yes',
    ].join('\n');
    const refused = await api(t.app, admin.token).post('/api/supplies/imports/catalogue').send({ csv: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { path: string }) => parseCsvProblemPath(d.path))).toEqual([
      { row: 2, column: 'tracks_expiry' },
      { row: 3, column: 'category' },
      { row: 3, column: 'name_fr' },
      { row: 4, column: 'code' },
    ]);
    expect(await t.app.db.supplyItem.count({ where: { code: { in: ['SOCKS-W', 'HAT'] } } })).toBe(0);
  });

  it('adds new codes and updates known ones (semicolons, quotes, French yes/no)', async () => {
    const res = await api(t.app, admin.token)
      .post('/api/supplies/imports/catalogue')
      .set('idempotency-key', 'catalogue-import-001')
      .send({ csv: CATALOGUE });
    expect(res.body).toEqual({ dryRun: false, valid: true, created: 1, updated: 1, problems: [] });
    expect(await t.app.db.supplyItem.findUnique({ where: { code: 'TENT-2P' } })).toMatchObject({
      nameFr: 'Tente 2 places (dôme)',
    });
    expect(
      (await api(t.app, coordinator.token).post('/api/supplies/imports/catalogue').send({ csv: CATALOGUE }))
        .status,
    ).toBe(403);
  });

  it('imports opening stock all or nothing', async () => {
    const bad = [
      'item_code,location,quantity,expires_on',
      'BLANKET,Calais warehouse,200,',
      'RICE,Van 9,12,',
      'SOAP,Van 1,-3,2027-01-01',
    ].join('\n');
    const refused = await api(t.app, coordinator.token)
      .post('/api/supplies/imports/stock')
      .send({ csv: bad });
    expect(refused.body.error.details).toEqual([
      { path: 'body/csv/3/location', message: 'No open location with this name' },
      { path: 'body/csv/3/expires_on', message: 'This item tracks expiry: give the date' },
      { path: 'body/csv/4/quantity', message: 'A whole number from 1 to 1,000,000' },
      { path: 'body/csv/4/expires_on', message: 'This item does not track expiry' },
    ]);
    expect(await t.app.db.stockMovement.count()).toBe(0);
    const good = [
      'item_code,location,quantity,expires_on',
      'BLANKET,Calais warehouse,200,',
      'rice,van 1,12,2027-04-30',
    ].join('\n');
    const done = await api(t.app, coordinator.token).post('/api/supplies/imports/stock').send({ csv: good });
    expect(done.body).toMatchObject({ valid: true, lines: 2, operationId: expect.any(String) });
    expect(await t.app.db.stockMovement.count({ where: { kind: 'adjust' } })).toBe(2);
    await expectConsistent(t.app);
  });
});
