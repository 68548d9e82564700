import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client';
import { prismaLikeTypes, registerPool } from './sql';

export * from './generated/client';
export { type QueryOptions, type SqlRunner, type SqlTarget, sqlOf, sqlTransaction } from './sql';

export type Db = PrismaClient;

/** The client handed to code running inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/** Either the client or a transaction: repositories accept both so services choose the boundary. */
export type DbOrTx = Db | Tx;

export interface DbOptions {
  /** Pool size per process; PostgreSQL is the one stateful service, so keep it modest. */
  max?: number;
  /** Called when an idle pooled connection breaks (e.g. the server restarted). */
  onPoolError?: (err: Error) => void;
}

/**
 * Creates the Prisma client over a `pg` pool through the driver adapter. One instance per process:
 * the API creates it in its database plugin, scripts create their own.
 */
export function createDb(connectionString: string, options: DbOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    types: prismaLikeTypes,
  });
  // Listened to at once: the adapter would only listen from Prisma's first query on.
  pool.on('error', (err) => options.onPoolError?.(err));
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerPool(db, pool);
  return db;
}
