import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, rename, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { BlobStorage } from '../evidence/storage/blob-storage';
import { BackupError, encryptingStream } from './backup-cipher';
import { endOfArchive, frameEntry } from './backup-frames';
import {
  type Manifest,
  appliedMigrations,
  countingRows,
  hashingBytes,
  publicTables,
  referencedBlobKeys,
  sequenceValues,
  storedColumns,
} from './backup-schema';

export interface BackupOptions {
  databaseUrl: string;
  storage: BlobStorage;
  file: string;
  passphrase: string;
  /** scrypt cost as log2(N); tests lower it. */
  scryptLogN?: number;
}

/**
 * The whole archive as a stream of bytes. Every table is read inside one REPEATABLE READ READ ONLY
 * transaction, so rows, the audit chain and the blob keys are one consistent snapshot; the blobs are
 * read after it (stored originals never change, and every key the snapshot names was stored before
 * its row was committed).
 */
async function* archive(client: pg.Client, storage: BlobStorage, manifest: Manifest): AsyncGenerator<Buffer> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const tables = await publicTables(client);
  manifest.postgres = (await client.query<{ v: string }>('SHOW server_version')).rows[0]?.v ?? '';
  manifest.migrations = await appliedMigrations(client);
  manifest.sequences = await sequenceValues(client);
  const keys = await referencedBlobKeys(client, tables);
  for (const name of tables) {
    const table = { name, columns: await storedColumns(client, name), rows: 0 };
    manifest.tables.push(table);
    const columns = table.columns.map((column) => client.escapeIdentifier(column)).join(', ');
    const copy = client.query(copyTo(`COPY public.${client.escapeIdentifier(name)} (${columns}) TO STDOUT`));
    yield* frameEntry('T', name, countingRows(copy, table));
  }
  await client.query('COMMIT');
  for (const key of keys) {
    const blob = { key, size: 0, sha256: '' };
    yield* frameEntry('B', key, hashingBytes(await storage.get(key), blob));
    manifest.blobs.push(blob);
  }
  yield* frameEntry('M', '', Readable.from([Buffer.from(JSON.stringify(manifest))]));
  yield* endOfArchive();
}

/** Writes the encrypted backup to `file` (through a temporary file: a failed run leaves nothing). */
export async function writeBackup(options: BackupOptions): Promise<Manifest> {
  const exists = await access(options.file).then(
    () => true,
    () => false,
  );
  if (exists) throw new BackupError(`${options.file} already exists; choose a new file name.`);
  const manifest: Manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    postgres: '',
    migrations: [],
    tables: [],
    sequences: [],
    blobs: [],
  };
  const temp = `${options.file}.${randomBytes(6).toString('hex')}.partial`;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const encrypt = await encryptingStream(options.passphrase, options.scryptLogN);
    await pipeline(
      Readable.from(archive(client, options.storage, manifest)),
      encrypt,
      createWriteStream(temp, { flags: 'wx', mode: 0o600 }),
    );
    await rename(temp, options.file);
    return manifest;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
