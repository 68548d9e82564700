import { type Db, type SqlRunner, type Tx, sqlTransaction } from '@vigil/db';
import { AppError } from '../../../lib/app-error';

/** PostgreSQL's SQLSTATE of an error raised through Prisma's driver adapter, if any. */
export function pgErrorCode(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }).meta;
  return meta?.driverAdapterError?.cause?.originalCode ?? (error as { code?: string }).code;
}

// Serialization failure, deadlock: the transaction did nothing and may simply run again.
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 5;

/**
 * Runs stock work in one transaction, retried a bounded number of times when PostgreSQL reports a
 * serialization failure or a deadlock (advisory locks taken in a fixed order make these rare), so a
 * busy warehouse never sees a 500 for them. A guard trigger refusing negative stock becomes a 409.
 */
export function inStockTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  // Generous waits: under a burst, requests queue for a pooled connection rather than fail.
  return withStockRetries(() => db.$transaction(work, { maxWait: 15_000, timeout: 30_000 }));
}

/**
 * `inStockTransaction` for work that is raw SQL only (the stock ledger's own statements): one pooled
 * connection without Prisma's transaction machinery, which costs more CPU than the statements.
 */
export function inSqlStockTransaction<T>(db: Db, work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  return withStockRetries(() => sqlTransaction(db, work));
}

/** The retries and error answers of the stock transactions, also for stock work that is one statement. */
export async function withStockRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const code = pgErrorCode(error);
      if (code && RETRYABLE.has(code) && attempt < ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
        continue;
      }
      if ((error as { code?: string }).code === 'P2028') {
        throw new AppError('SERVICE_UNAVAILABLE', 'The stock is very busy: retry shortly');
      }
      if (code === '23514') throw AppError.conflict('Stock cannot go below zero or below what is packed');
      if (code && RETRYABLE.has(code)) {
        throw new AppError('SERVICE_UNAVAILABLE', 'The stock is very busy: retry shortly');
      }
      throw error;
    }
  }
}
