import pg from 'pg';
import { Prisma, type PrismaClient } from './generated/client';

/**
 * Raw SQL straight through the pool Prisma's driver adapter uses. Prisma's `$queryRaw` costs about
 * 0.5 ms of this process's CPU per statement (its query interpreter runs for raw SQL too), pg about
 * 0.1 ms: on the paths every request or every stock movement takes, that was most of a request's
 * CPU. Values are parsed the way `$queryRaw` parses them (int8 → BigInt, numeric → Decimal, date and
 * zone-less timestamps as UTC), so a query moves from one to the other without its callers noticing.
 */
export interface SqlRunner {
  query<T>(sql: Prisma.Sql, options?: QueryOptions): Promise<T[]>;
}

export interface QueryOptions {
  /**
   * Runs the statement as a named prepared statement: each connection parses and plans it once
   * instead of on every call (0.55 → 0.25 ms for the session lookup every request makes). Only for
   * statements whose text never changes (the values may), and whose best plan does not depend on
   * the values: PostgreSQL may settle on one generic plan after five runs.
   */
  name?: string;
}

type Client = pg.Pool | pg.PoolClient;

const pools = new WeakMap<object, pg.Pool>();

// 1009 is text[]: its parser splits any array literal into strings (or nulls) to parse one by one.
const parseTextArray = pg.types.getTypeParser(1009 as never, 'text') as (value: string) => (string | null)[];
const eachOf =
  <T>(parse: (value: string) => T) =>
  (value: string) =>
    parseTextArray(value).map((item) => (item === null ? null : parse(item)));

const utcTimestamp = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);
const decimal = (value: string) => new Prisma.Decimal(value);

const PARSERS = new Map<number, (value: string) => unknown>([
  [20, BigInt], // int8
  [1016, eachOf(BigInt)],
  [1114, utcTimestamp], // timestamp without time zone
  [1115, eachOf(utcTimestamp)],
  [1082, utcDate], // date
  [1182, eachOf(utcDate)],
  [1700, decimal], // numeric
  [1231, eachOf(decimal)],
]);

/** Type parsers for the pool's clients (Prisma's own queries pass theirs with each query). */
export const prismaLikeTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    (format ?? 'text') === 'text' && PARSERS.has(oid)
      ? PARSERS.get(oid)!
      : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

// Dates go out as ISO instants: a zone-less timestamp column then stores UTC wall time, as Prisma does.
const valueOf = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

async function run<T>(client: Client, sql: Prisma.Sql, options?: QueryOptions): Promise<T[]> {
  const values = sql.values.map(valueOf);
  const result = await client.query(
    options?.name ? { name: options.name, text: sql.text, values } : { text: sql.text, values },
  );
  return result.rows as T[];
}

/** Registers the pool behind a client made by `createDb`, for `sqlOf` and `sqlTransaction`. */
export function registerPool(db: PrismaClient, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** Where a statement can run: a Prisma client or transaction, or a runner (from `sqlTransaction`). */
export type SqlTarget = SqlRunner | Pick<PrismaClient, '$queryRaw'>;

/**
 * The fast runner for the client made by `createDb`. Inside a Prisma transaction (or for a client
 * made elsewhere) it falls back to `$queryRaw`, so the statement still joins the transaction; a runner
 * is its own.
 */
export function sqlOf(db: SqlTarget): SqlRunner {
  if ('query' in db) return db;
  const pool = pools.get(db);
  if (pool) return { query: (sql, options) => run(pool, sql, options) };
  return { query: <T>(sql: Prisma.Sql) => db.$queryRaw<T[]>(sql) };
}

/** No statement of a transaction may run longer: like Prisma's transaction timeout, a stuck lock wait ends. */
const STATEMENT_TIMEOUT_MS = 30_000;

/**
 * Runs `work` in one transaction on one pooled connection, without Prisma: BEGIN, the work's
 * statements, COMMIT (ROLLBACK when it throws). A connection that failed mid-way is discarded.
 */
export async function sqlTransaction<T>(db: PrismaClient, work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  const pool = pools.get(db);
  if (!pool) return db.$transaction((tx) => work(sqlOf(tx)));
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // One round trip for both (simple protocol: no parameters).
    await client.query(`BEGIN; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
    const result = await work({ query: (sql, options) => run(client, sql, options) });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((failed: Error) => {
      broken = failed;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
