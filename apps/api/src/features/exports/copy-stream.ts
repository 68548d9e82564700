import { PassThrough, type Readable, pipeline } from 'node:stream';
import type { Prisma } from '@vigil/db';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { inlineSql } from './sql-literal';

// A byte-order mark so spreadsheet software reads the accents of French text as UTF-8.
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams `select` as CSV (with its column names as the header row) straight from PostgreSQL: COPY
 * writes the file itself, so the API only forwards bytes, with backpressure, whatever the row count.
 * The connection comes from the export pool and goes back when the stream ends, fails or the client
 * goes away (pipeline destroys the COPY stream, which cancels the query). A broken connection is
 * discarded rather than returned to the pool.
 *
 * The first chunk is awaited before returning, so that a failing query is an error answer, not a
 * broken download.
 */
export async function copyCsv(pool: pg.Pool, select: Prisma.Sql): Promise<Readable> {
  const sql = `COPY (${inlineSql(select)}) TO STDOUT WITH (FORMAT csv, HEADER true)`;
  const client = await pool.connect();
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.release(error);
  };
  const source = client.query(copyTo(sql));
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  out.write(BOM);
  try {
    await new Promise<void>((resolve, reject) => {
      source.once('readable', resolve);
      source.once('end', resolve);
      source.once('error', reject);
    });
  } catch (error) {
    release(error as Error);
    throw error;
  }
  pipeline(source, out, (error) => {
    // A cancelled COPY leaves the connection in an unknown state: give it up.
    release(error ? (error as Error) : undefined);
  });
  return out;
}
