import { Prisma, sqlOf, sqlTransaction } from '@vigil/db';
import { type TestApp, buildTestApp } from '../../test/test-app';

const count = async (t: TestApp) =>
  (await sqlOf(t.app.db).query<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM sql_path_probe`))[0]!
    .n;

/** `sqlOf` / `sqlTransaction` (packages/db) send raw SQL on pg directly; callers must not notice. */
describe('the raw SQL path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.db.$executeRaw`CREATE TABLE IF NOT EXISTS sql_path_probe (n int NOT NULL CHECK (n > 0))`;
  });
  afterAll(async () => {
    await t.app.db.$executeRaw`DROP TABLE IF EXISTS sql_path_probe`;
    await t.close();
  });

  it('reads and writes every type the way $queryRaw does', async () => {
    const at = new Date('2026-01-02T03:04:05.006Z');
    const sql = Prisma.sql`
      SELECT 1::int8 AS int8, ARRAY[1, 2]::int8[] AS int8s, 2::int4 AS int4, 1.25::numeric AS num,
             ARRAY[1.5, NULL]::numeric[] AS nums, 1.5::float8 AS float, true AS bool, ARRAY['a', NULL]::text[] AS texts,
             '2026-12-01 10:00:00.123'::timestamp AS ts, '2026-12-01 10:00:00.123+02'::timestamptz AS tstz,
             ARRAY['2026-12-01 10:00:00'::timestamp] AS tss, '2026-12-01'::date AS d,
             ARRAY['2026-12-01'::date, NULL] AS ds, '{"a": [1, "b"]}'::jsonb AS j, NULL::int AS nothing,
             ${at}::timestamp AS param_ts, ${at}::timestamptz AS param_tstz, ${['p', 'q']}::text[] AS param_texts,
             ${10n}::int8 AS param_int8, ${'2026-03-01'}::date AS param_date`;
    const fast = await sqlOf(t.app.db).query(sql);
    expect(fast).toEqual(await t.app.db.$queryRaw(sql));
    expect(fast[0]).toMatchObject({ int8: 1n, ts: new Date('2026-12-01T10:00:00.123Z'), param_ts: at });
  });

  it('joins a Prisma transaction, so a rollback takes its statements back too', async () => {
    await expect(
      t.app.db.$transaction(async (tx) => {
        await sqlOf(tx).query(Prisma.sql`INSERT INTO sql_path_probe (n) VALUES (1)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count(t)).toBe(0);
  });

  it('commits a sqlTransaction whole or not at all, and keeps the pool usable after a failure', async () => {
    await expect(
      sqlTransaction(t.app.db, async (sql) => {
        await sql.query(Prisma.sql`INSERT INTO sql_path_probe (n) VALUES (1)`);
        await sql.query(Prisma.sql`INSERT INTO sql_path_probe (n) VALUES (-1)`);
      }),
    ).rejects.toMatchObject({ code: '23514' });
    expect(await count(t)).toBe(0);
    // More failures than the pool has connections: each one gave its connection back.
    for (let i = 0; i < 12; i += 1) {
      await expect(
        sqlTransaction(t.app.db, (sql) => sql.query(Prisma.sql`SELECT 1/0`)),
      ).rejects.toMatchObject({ code: '22012' });
    }
    await sqlTransaction(t.app.db, async (sql) => {
      await sql.query(Prisma.sql`INSERT INTO sql_path_probe (n) VALUES (1), (2)`);
    });
    expect(await count(t)).toBe(2);
  });
});
