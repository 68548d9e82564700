import { PassThrough, type Readable, type Transform, pipeline } from 'node:stream';
import type { Prisma } from '@vigil/db';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { binaryCopyText } from './binary-copy-text';
import { inlineSql } from './sql-literal';

// A byte-order mark so spreadsheet software reads the accents of French text as UTF-8.
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams `select` as CSV after `header` (the header row in the export's language, one line written
 * before the first row) straight from PostgreSQL: COPY writes the file itself, so the API only
 * forwards bytes, with backpressure, whatever the row count.
 */
export function copyCsv(pool: pg.Pool, select: Prisma.Sql, header: string): Promise<Readable> {
  const sql = `COPY (${inlineSql(select)}) TO STDOUT WITH (FORMAT csv)`;
  return copyOut(pool, sql, Buffer.concat([BOM, Buffer.from(header)]));
}

/**
 * Streams CSV lines already stored whole (one text column of `select`, each line ending in a newline)
 * after `header`: a binary COPY, unwrapped, so that no cell is formatted or quoted again per export.
 */
export function copyCsvLines(pool: pg.Pool, select: Prisma.Sql, header: string): Promise<Readable> {
  const sql = `COPY (${inlineSql(select)}) TO STDOUT WITH (FORMAT binary)`;
  return copyOut(pool, sql, Buffer.concat([BOM, Buffer.from(header)]), binaryCopyText());
}

/**
 * Runs a COPY … TO STDOUT on a connection of the export pool and returns its bytes after `head`. The
 * connection goes back when the stream ends, fails or the client goes away (pipeline destroys the
 * COPY stream, which cancels the query); a broken connection is discarded rather than returned.
 *
 * The first chunk is awaited before returning, so that a failing query is an error answer, not a
 * broken download.
 */
async function copyOut(pool: pg.Pool, sql: string, head: Buffer, decode?: Transform): Promise<Readable> {
  const client = await pool.connect();
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.release(error);
  };
  const source = client.query(copyTo(sql));
  const out = new PassThrough({ highWaterMark: 256 * 1024 });
  out.write(head);
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
  // A cancelled COPY leaves the connection in an unknown state: give it up.
  const done = (error: NodeJS.ErrnoException | null) => release(error ?? undefined);
  if (decode) pipeline(source, decode, out, done);
  else pipeline(source, out, done);
  return out;
}
