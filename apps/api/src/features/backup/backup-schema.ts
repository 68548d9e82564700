import { createHash } from 'node:crypto';
import type pg from 'pg';

export interface TableManifest {
  name: string;
  /** Stored columns in table order (generated columns are left to PostgreSQL to recompute). */
  columns: string[];
  rows: number;
}

export interface BlobManifest {
  key: string;
  size: number;
  sha256: string;
}

export interface SequenceValue {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  postgres: string;
  migrations: string[];
  tables: TableManifest[];
  sequences: SequenceValue[];
  blobs: BlobManifest[];
}

/** Every column of the instance that names an object in the evidence storage (the storage cannot list). */
const BLOB_KEY_COLUMNS: [table: string, column: string][] = [
  ['evidence_files', 'storage_key'],
  ['evidence_files', 'working_copy_key'],
  ['case_documents', 'storage_key'],
  ['dossiers', 'pdf_key'],
  ['dossiers', 'manifest_key'],
];

export async function publicTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

export async function storedColumns(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [`public.${client.escapeIdentifier(table)}`],
  );
  return rows.map((row) => row.name);
}

export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

export async function sequenceValues(client: pg.ClientBase): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
  const values: SequenceValue[] = [];
  for (const { name } of rows) {
    const result = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM public.${client.escapeIdentifier(name)}`,
    );
    const row = result.rows[0];
    if (row) values.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return values;
}

/** The distinct storage keys the database refers to, in a stable order. */
export async function referencedBlobKeys(client: pg.ClientBase, tables: string[]): Promise<string[]> {
  const selects = BLOB_KEY_COLUMNS.filter(([table]) => tables.includes(table)).map(
    ([table, column]) =>
      `SELECT ${client.escapeIdentifier(column)} AS key FROM public.${client.escapeIdentifier(table)}`,
  );
  if (!selects.length) return [];
  const { rows } = await client.query<{ key: string }>(
    `SELECT DISTINCT key FROM (${selects.join(' UNION ALL ')}) keys WHERE key IS NOT NULL ORDER BY key`,
  );
  return rows.map((row) => row.key);
}

/** Rows in a COPY text stream: one line each (newlines inside values are escaped as \n). */
function countLines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
  return count;
}

/** Passes a COPY text stream through, counting its rows into `out`. */
export async function* countingRows(
  source: AsyncIterable<Buffer>,
  out: { rows: number },
): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    out.rows += countLines(chunk);
    yield chunk;
  }
}

/** Passes bytes through, recording their size and SHA-256 into `out` once the source ends. */
export async function* hashingBytes(
  source: AsyncIterable<Buffer>,
  out: { size: number; sha256: string },
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  for await (const chunk of source) {
    hash.update(chunk);
    out.size += chunk.length;
    yield chunk;
  }
  out.sha256 = hash.digest('hex');
}
