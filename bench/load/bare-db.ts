import { Prisma, type Tx } from '@vigil/db';
import pg from 'pg';

// Dates (stock batches) as UTC midnight, as Prisma reads them: pg would take local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => new Date(`${value}T00:00:00Z`));

type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/**
 * The API's repositories build their SQL as Prisma.Sql and send it with `$queryRaw`. This runs that
 * same SQL on a plain pg client, so the bare server sends the statements the API sends for a read
 * without Prisma's engine in between. Only `$queryRaw`/`$executeRaw` exist: the functions the bare
 * server calls use nothing else, and a cast is simpler than faking Prisma's whole client.
 */
export function rawDb(client: Queryable): Tx {
  const run = async (first: TemplateStringsArray | Prisma.Sql, values: unknown[]) => {
    const sql = first instanceof Prisma.Sql ? first : Prisma.sql(first, ...values);
    return client.query(sql.text, sql.values as unknown[]);
  };
  return {
    $queryRaw: async (first: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) =>
      (await run(first, values)).rows,
    $executeRaw: async (first: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) =>
      (await run(first, values)).rowCount ?? 0,
  } as unknown as Tx;
}

/** BEGIN … COMMIT on one pooled connection, rolled back if `work` throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
