import { SUPPLY_ITEM_SORTS } from '@vigil/contracts';
import { type TestApp, buildTestApp } from '../../../test/test-app';
import { type SignedIn, api, createLocation, itemIds, receive, signedIn } from '../supplies-fixtures';

/** The catalogue and the stock overview share their orders and cursors (item-order.ts). */
describe('item list orders', () => {
  let t: TestApp;
  let volunteer: SignedIn;

  beforeAll(async () => {
    t = await buildTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    volunteer = await signedIn(t.app, 'volunteer');
    const items = await itemIds(t.app);
    // Names shared by several sizes, and a size missing, test the tie-breakers.
    await t.app.db.supplyItem.createMany({
      data: ['S', 'M', null].map((size, i) => ({
        code: `SORT-${i}`,
        category: 'clothing' as const,
        nameEn: 'Aaa sort test',
        nameFr: 'Aaa test de tri',
        size,
      })),
    });
    await receive(t.app, volunteer.token, await createLocation(t.app), [
      { itemId: items['TENT-2P']!, quantity: 3 },
    ]);
  });
  afterAll(() => t.close());

  /** Item ids in the order written out by hand (not with the code under test). */
  async function expected(sort: (typeof SUPPLY_ITEM_SORTS)[number]): Promise<string[]> {
    const column = sort.slice(0, sort.lastIndexOf('_'));
    const dir = sort.endsWith('_desc') ? 'desc' : 'asc';
    const keys = {
      name: ['name_en', "coalesce(size, '')", 'id'],
      name_fr: ['name_fr', "coalesce(size, '')", 'id'],
      code: ['code'],
      category: ['category', 'name_en', "coalesce(size, '')", 'id'],
    }[column]!;
    const rows = await t.app.db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text FROM supply_items WHERE active ORDER BY ${keys.map((k) => `${k} ${dir}`).join(', ')}`,
    );
    return rows.map((r) => r.id);
  }

  async function walk(path: string, sort: string, pick: (body: never) => { id: string }[]) {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await api(t.app, volunteer.token).get(
        `${path}?sort=${sort}&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect([sort, res.status]).toEqual([sort, 200]);
      seen.push(...pick(res.body as never).map((row) => row.id));
      cursor = res.body.nextCursor;
    }
    return seen;
  }

  it('pages the catalogue and the stock overview in every order without gaps or repeats', async () => {
    for (const sort of SUPPLY_ITEM_SORTS) {
      const want = await expected(sort);
      const catalogue = await walk('/api/supplies/items', sort, (b: { items: { id: string }[] }) => b.items);
      expect([sort, catalogue]).toEqual([sort, want]);
      const stock = await walk('/api/supplies/stock', sort, (b: { rows: { item: { id: string } }[] }) =>
        b.rows.map((r) => r.item),
      );
      expect([sort, stock]).toEqual([sort, want]);
    }
    const first = await api(t.app, volunteer.token).get('/api/supplies/items?limit=3');
    expect(first.body.items.map((i: { code: string }) => i.code)).toEqual(['SORT-2', 'SORT-1', 'SORT-0']);
  });

  it('refuses an unknown order, and a cursor of another order naming the cursor', async () => {
    for (const path of ['/api/supplies/items', '/api/supplies/stock']) {
      const bad = await api(t.app, volunteer.token).get(`${path}?sort=available_asc`);
      expect([path, bad.status, bad.body.error.details[0].path]).toEqual([path, 400, 'querystring/sort']);
      const page = await api(t.app, volunteer.token).get(`${path}?sort=category_desc&limit=2`);
      for (const other of ['category_asc', 'name_desc', 'code_desc']) {
        const res = await api(t.app, volunteer.token).get(
          `${path}?sort=${other}&limit=2&cursor=${page.body.nextCursor}`,
        );
        expect([path, other, res.status, res.body.error.details[0].path]).toEqual([
          path,
          other,
          400,
          'querystring/cursor',
        ]);
      }
    }
    const forged = Buffer.from(JSON.stringify(['category_asc', 'toys', 'A', '', crypto.randomUUID()]));
    const res = await api(t.app, volunteer.token).get(
      `/api/supplies/items?sort=category_asc&cursor=${forged.toString('base64url')}`,
    );
    expect([res.status, res.body.error.details[0].path]).toEqual([400, 'querystring/cursor']);
  });
});
