import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BlobStorage } from '../evidence/storage/blob-storage';
import { BackupError, type OpenedBackup, explainReadError, isTagFailure, openBackup } from './backup-cipher';
import { type Entry, readEntries } from './backup-frames';
import { type Manifest, appliedMigrations, countingRows, hashingBytes, publicTables } from './backup-schema';

export interface RestoreOptions {
  databaseUrl: string;
  storage: BlobStorage;
  file: string;
  passphrase: string;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  blobs: number;
  bytes: number;
}

interface Handlers {
  table(entry: Entry): Promise<number>;
  blob(entry: Entry): Promise<{ size: number; sha256: string }>;
}

async function drain(source: AsyncGenerator<Buffer>): Promise<void> {
  while (!(await source.next()).done);
}

/**
 * One pass over the archive, handing each table and blob to `handlers`, then checking what they saw
 * against the manifest. The decipher checks the GCM tag when the stream ends, so a pass that returns
 * has read an authentic archive.
 */
async function scan(backup: OpenedBackup, handlers: Handlers): Promise<Manifest> {
  const rows = new Map<string, number>();
  const blobs = new Map<string, string>();
  let manifestText = '';
  for await (const entry of readEntries(backup.plaintext())) {
    if (entry.kind === 'T') rows.set(entry.name, await handlers.table(entry));
    else if (entry.kind === 'B') {
      const seen = await handlers.blob(entry);
      blobs.set(entry.name, `${seen.size}:${seen.sha256}`);
    } else for await (const chunk of entry.body) manifestText += chunk.toString('utf8');
  }
  const manifest = JSON.parse(manifestText) as Manifest;
  if (manifest.format !== 1) throw new BackupError(`Unsupported manifest format ${String(manifest.format)}.`);
  for (const table of manifest.tables) {
    if (rows.get(table.name) !== table.rows)
      throw new BackupError(`Table ${table.name}: row count differs from the manifest.`);
  }
  for (const blob of manifest.blobs) {
    if (blobs.get(blob.key) !== `${blob.size}:${blob.sha256}`)
      throw new BackupError(`File ${blob.key}: SHA-256 differs from the manifest.`);
  }
  if (rows.size !== manifest.tables.length || blobs.size !== manifest.blobs.length) {
    throw new BackupError('The backup holds entries its manifest does not list.');
  }
  return manifest;
}

/** Refuses a target that is not an empty instance at the same schema version as the backup. */
async function assertEmptyTarget(client: pg.Client, storage: BlobStorage, manifest: Manifest): Promise<void> {
  const tables = (await publicTables(client)).sort();
  const expected = manifest.tables.map((table) => table.name).sort();
  if (tables.join() !== expected.join()) {
    throw new BackupError(
      'The target database does not have the schema of the backup: migrate it with the same Vigil version first.',
    );
  }
  const migrations = await appliedMigrations(client);
  if (migrations.join() !== manifest.migrations.join()) {
    throw new BackupError(
      `The backup was made at migration ${manifest.migrations.at(-1)}, the target is at ${migrations.at(-1) ?? 'none'}: restore with the Vigil version that made the backup, then upgrade.`,
    );
  }
  const users = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if (users.rows[0]?.n)
    throw new BackupError('The target database already has users: restore only into an empty instance.');
  for (const blob of manifest.blobs) {
    if (await storage.exists(blob.key))
      throw new BackupError(`The target storage already holds ${blob.key}: use an empty storage.`);
  }
}

/**
 * Rebuilds an empty instance from a backup, all or nothing. A first pass authenticates the whole file
 * and checks every count and hash before anything is written; the second loads every table in one
 * transaction (triggers off, so the append-only and chain triggers keep the dumped ids and hashes) and
 * writes the blobs, checks everything again, and only then commits. On any failure the transaction
 * rolls back and the blobs written so far are deleted.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const backup = await openBackup(options.file, options.passphrase);
  const manifest = await scan(backup, {
    table: async (entry) => {
      const out = { rows: 0 };
      await drain(countingRows(entry.body, out));
      return out.rows;
    },
    blob: async (entry) => {
      const out = { size: 0, sha256: '' };
      await drain(hashingBytes(entry.body, out));
      return out;
    },
  }).catch((error: unknown) => Promise.reject(explainReadError(error)));

  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const written: string[] = [];
  try {
    await assertEmptyTarget(client, options.storage, manifest);
    const columnsOf = new Map(manifest.tables.map((table) => [table.name, table.columns]));
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const all = manifest.tables.map((table) => `public.${client.escapeIdentifier(table.name)}`);
    await client.query(`TRUNCATE ${all.join(', ')}`);
    await scan(backup, {
      table: async (entry) => {
        const columns = (columnsOf.get(entry.name) ?? [])
          .map((column) => client.escapeIdentifier(column))
          .join(', ');
        const out = { rows: 0 };
        const sql = `COPY public.${client.escapeIdentifier(entry.name)} (${columns}) FROM STDIN`;
        await pipeline(Readable.from(countingRows(entry.body, out)), client.query(copyFrom(sql)));
        return out.rows;
      },
      blob: async (entry) => {
        const out = { size: 0, sha256: '' };
        await options.storage.put(entry.name, Readable.from(hashingBytes(entry.body, out)));
        written.push(entry.name);
        return out;
      },
    }).catch((error: unknown) => Promise.reject(isTagFailure(error) ? explainReadError(error) : error));
    for (const sequence of manifest.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        `public.${client.escapeIdentifier(sequence.name)}`,
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await client.query('COMMIT');
    return {
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
      blobs: manifest.blobs.length,
      bytes: manifest.blobs.reduce((sum, blob) => sum + blob.size, 0),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await Promise.all(written.map((key) => options.storage.delete(key).catch(() => undefined)));
    throw error;
  } finally {
    await client.end();
  }
}
