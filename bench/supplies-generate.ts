import { SUPPLY_CATEGORIES } from '@vigil/contracts/enums';
import pg from 'pg';

const BATCH_OPERATIONS = 100_000;
const MOVEMENTS_PER_OPERATION = 4;

/**
 * Fills the database in bulk SQL: `items` catalogue items, `locations` locations, thresholds on a tenth
 * of the pairs, and `movements` ledger rows in operations of four (receipts, distributions, transfers as
 * pairs, write-offs) over five years; then balances as the ledger's sums. Keys left negative by the
 * random walk get one count adjustment, as a stock-take would, so balances equal the ledger exactly,
 * and per-item totals are the balances' sums. Tops up to the requested sizes; triggers and foreign
 * keys are skipped while loading (replica role).
 */
export async function generateSupplies(
  url: string,
  size: { items: number; locations: number; movements: number },
  log: (line: string) => void,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = async (table: string) =>
    Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  try {
    const existing = await count('stock_movements');
    if (existing >= size.movements) return log(`${existing.toLocaleString('en')} movements already present`);
    await client.query(`
      INSERT INTO users (id, email, display_name, role, status, updated_at)
      VALUES ('00000000-0000-4000-8000-00000000b005', 'bench-volunteer@bench.vigil', 'Bench volunteer', 'volunteer', 'active', now())
      ON CONFLICT DO NOTHING`);
    await client.query(
      `INSERT INTO supply_items (id, code, category, name_en, name_fr, size, tracks_expiry, updated_at)
       SELECT gen_random_uuid(), 'BENCH-' || lpad(g::text, 5, '0'), ($2::text[])[1 + g % 12]::"SupplyCategory",
              'Bench item ' || g, 'Article ' || g, CASE WHEN g % 5 = 0 THEN (ARRAY['S','M','L','XL'])[1 + g % 4] END, g % 10 = 0, now()
       FROM generate_series(1, $1 - (SELECT count(*) FROM supply_items)) g`,
      [size.items, SUPPLY_CATEGORIES],
    );
    await client.query(
      `INSERT INTO stock_locations (id, name, kind, updated_at)
       SELECT gen_random_uuid(), 'Bench location ' || g, (ARRAY['warehouse','van','distribution_point'])[1 + g % 3]::"StockLocationKind", now()
       FROM generate_series(1, $1 - (SELECT count(*) FROM stock_locations)) g`,
      [size.locations],
    );
    await client.query(`
      INSERT INTO stock_thresholds (item_id, location_id, min_quantity)
      SELECT i.id, l.id, 20 + (abs(hashtext(i.id::text || l.id::text)) % 200)
      FROM supply_items i, stock_locations l WHERE abs(hashtext(i.id::text || l.id::text)) % 10 = 0
      ON CONFLICT DO NOTHING`);
    await client.query('SET session_replication_role = replica');
    for (let done = existing; done < size.movements; done += BATCH_OPERATIONS * MOVEMENTS_PER_OPERATION) {
      const operations = Math.min(
        BATCH_OPERATIONS,
        Math.ceil((size.movements - done) / MOVEMENTS_PER_OPERATION),
      );
      const started = Date.now();
      await client.query('BEGIN');
      await client.query(GENERATE_BATCH, [operations]);
      await client.query('COMMIT');
      log(
        `${(done + operations * MOVEMENTS_PER_OPERATION).toLocaleString('en')} / ${size.movements.toLocaleString('en')} movements (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
    log('Balances from the ledger…');
    await client.query(BALANCES);
    await client.query(ITEM_TOTALS);
    await client.query('SET session_replication_role = DEFAULT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

// Each operation moves one item: a receipt (+) at one location, a distribution (−) or write-off (−), or
// a transfer pair; four movements per operation over different items keep the rows realistic.
const GENERATE_BATCH = `
WITH ids AS (
  SELECT (SELECT array_agg(id ORDER BY code) FROM supply_items) AS items,
         (SELECT array_agg(id ORDER BY name) FROM stock_locations) AS locations,
         (SELECT array_agg(tracks_expiry ORDER BY code) FROM supply_items) AS expiry),
ops AS (
  SELECT gen_random_uuid() AS id, random() AS r, timestamptz '2021-12-01' + random() * interval '1826 days' AS at
  FROM generate_series(1, $1)),
inserted AS (
  INSERT INTO stock_operations (id, kind, occurred_at, created_at, actor_id, source, write_off_reason)
  SELECT id, CASE WHEN r < 0.45 THEN 'receive' WHEN r < 0.8 THEN 'distribute' WHEN r < 0.95 THEN 'transfer' ELSE 'write_off' END::"StockOperationKind",
         at, at, '00000000-0000-4000-8000-00000000b005',
         CASE WHEN r < 0.45 THEN (ARRAY['donation','donation','purchase','surplus','salvage'])[1 + floor(random() * 5)::int]::"SupplySource" END,
         CASE WHEN r >= 0.95 THEN (ARRAY['expired','damaged','destroyed_by_police','seized_by_police'])[1 + floor(random() * 4)::int]::"WriteOffReason" END
  FROM ops RETURNING id, kind, occurred_at)
INSERT INTO stock_movements (operation_id, kind, item_id, location_id, expires_on, quantity, occurred_at)
SELECT o.id, m.kind::"StockMovementKind", ids.items[m.item], ids.locations[m.location],
       CASE WHEN ids.expiry[m.item] THEN date '2026-01-01' + (m.item % 6) * 60 ELSE date '9999-12-31' END, m.quantity, o.occurred_at
FROM inserted o, ids,
LATERAL (
  SELECT CASE o.kind WHEN 'receive' THEN 'receive' WHEN 'distribute' THEN 'distribute' WHEN 'write_off' THEN 'write_off'
              ELSE CASE WHEN k % 2 = 1 THEN 'transfer_out' ELSE 'transfer_in' END END AS kind,
         -- The two sides of a transfer (k = 1, 2 and k = 3, 4) move the same item.
         1 + abs(hashtext(o.id::text || ((k + 1) / 2)::text)) % array_length(ids.items, 1) AS item,
         1 + floor(random() * array_length(ids.locations, 1))::int AS location,
         CASE o.kind WHEN 'receive' THEN 10 + floor(random() * 90)::int WHEN 'write_off' THEN -1 - floor(random() * 5)::int
                     WHEN 'distribute' THEN -1 - floor(random() * 20)::int
                     ELSE CASE WHEN k % 2 = 1 THEN -5 ELSE 5 END END AS quantity
  FROM generate_series(1, ${MOVEMENTS_PER_OPERATION}) k) m`;

const BALANCES = `
WITH sums AS (
  SELECT item_id, location_id, expires_on, sum(quantity) AS quantity FROM stock_movements GROUP BY 1, 2, 3),
fix AS (
  INSERT INTO stock_operations (id, kind, occurred_at, actor_id, note)
  VALUES (gen_random_uuid(), 'stocktake', now(), '00000000-0000-4000-8000-00000000b005', 'Benchmark opening count')
  RETURNING id),
adjusted AS (
  INSERT INTO stock_movements (operation_id, kind, item_id, location_id, expires_on, quantity, occurred_at)
  SELECT fix.id, 'adjust', s.item_id, s.location_id, s.expires_on, -s.quantity + 50, now()
  FROM sums s, fix WHERE s.quantity < 0)
INSERT INTO stock_balances (item_id, location_id, expires_on, on_hand, reserved)
SELECT item_id, location_id, expires_on, CASE WHEN quantity < 0 THEN 50 ELSE quantity END, 0 FROM sums
ON CONFLICT (item_id, location_id, expires_on) DO UPDATE SET on_hand = EXCLUDED.on_hand, reserved = 0`;

// The stock overview's per-item totals, as the ledger write keeps them: the sums of each item's balances.
const ITEM_TOTALS = `
INSERT INTO stock_item_totals (item_id, on_hand, reserved)
SELECT item_id, sum(on_hand)::int, sum(reserved)::int FROM stock_balances GROUP BY item_id
ON CONFLICT (item_id) DO UPDATE SET on_hand = EXCLUDED.on_hand, reserved = EXCLUDED.reserved`;
