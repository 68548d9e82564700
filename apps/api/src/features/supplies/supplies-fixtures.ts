import type { FastifyInstance } from 'fastify';
import { api, signedIn } from '../../test/fixtures';
import { checkBalances } from './ledger/balance-check';

export type SignedIn = Awaited<ReturnType<typeof signedIn>>;

/** Ids of base-catalogue items by code (the migration seeds them). */
export async function itemIds(app: FastifyInstance): Promise<Record<string, string>> {
  const items = await app.db.supplyItem.findMany({ select: { id: true, code: true } });
  return Object.fromEntries(items.map((i) => [i.code, i.id]));
}

let counter = 0;
export async function createLocation(
  app: FastifyInstance,
  kind: 'warehouse' | 'van' | 'distribution_point' = 'warehouse',
  name = `Place ${++counter}-${Date.now()}`,
) {
  const location = await app.db.stockLocation.create({ data: { name, kind } });
  return location.id;
}

/** Receives stock through the API, as a volunteer would. */
export async function receive(
  app: FastifyInstance,
  token: string,
  locationId: string,
  lines: { itemId: string; quantity: number; expiresOn?: string }[],
) {
  const res = await api(app, token)
    .post('/api/supplies/receipts')
    .send({ locationId, source: 'donation', lines });
  if (res.status !== 200) throw new Error(`receipt failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.operation as { id: string };
}

/** On hand and reserved of an item at a location (all batches). */
export async function stockAt(app: FastifyInstance, itemId: string, locationId: string) {
  const rows = await app.db.stockBalance.findMany({ where: { itemId, locationId } });
  return {
    onHand: rows.reduce((s, r) => s + r.onHand, 0),
    reserved: rows.reduce((s, r) => s + r.reserved, 0),
  };
}

/** Balances equal the ledger and reservations, with nothing negative; per-item totals equal the balances. */
export async function expectConsistent(app: FastifyInstance) {
  const report = await checkBalances(app.db);
  expect(report.mismatches).toEqual([]);
  expect(report.totals).toEqual([]);
}

export { api, signedIn };
