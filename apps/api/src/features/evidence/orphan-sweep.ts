import { type Db, type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { BlobStorage } from './storage/blob-storage';

/**
 * Storage and database cannot commit together: an upload stores its bytes, then commits its rows. A
 * process killed in between leaves a stored file that no row names. Each upload therefore holds an
 * advisory lock on its file id from its first stored byte to its commit (lockUpload); at startup the
 * sweep removes a file without a row once it can take that lock, which proves its upload is over —
 * committed (the row is then found), failed, or dead with its connection — whatever API instance it
 * ran in, with no waiting period.
 */

/** A kind of upload the sweep covers: where its bytes go, the lock its uploads hold, its rows. */
export interface UploadStore {
  /** The advisory-lock namespace its uploads hold (one per kind, so ids never contend across kinds). */
  lock: string;
  /** Storage folders holding its files, named `<prefix>/<row id>[.<anything>]`. */
  prefixes: readonly string[];
  /** Every key the rows of these ids name. */
  namedKeys(db: DbOrTx, ids: string[]): Promise<Set<string>>;
}

/** Evidence originals and working copies, named by evidence_files. */
export const EVIDENCE_UPLOADS: UploadStore = {
  lock: 'vigil:evidence-upload',
  prefixes: ['originals', 'working-copies'],
  async namedKeys(db, ids) {
    const rows = await db.evidenceFile.findMany({
      where: { id: { in: ids } },
      select: { storageKey: true, workingCopyKey: true },
    });
    return new Set(
      rows.flatMap((row) => [row.storageKey, ...(row.workingCopyKey ? [row.workingCopyKey] : [])]),
    );
  },
};

const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const BATCH = 1000;

/** Taken inside the upload's transaction; released by its commit or rollback, or its lost connection. */
export async function lockUpload(tx: DbOrTx, store: UploadStore, fileId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${store.lock}), hashtext(${fileId}))`;
}

function fileIdOf(key: string): string | null {
  return FILE_ID.exec(key.slice(key.indexOf('/') + 1))?.[0] ?? null;
}

/** Removes the file if its upload is over and no row names it; false when it must stay. */
async function removeIfAbandoned(
  db: Db,
  storage: BlobStorage,
  store: UploadStore,
  key: string,
  id: string,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [lock] = await sqlOf(tx).query<{ free: boolean }>(Prisma.sql`
      SELECT pg_try_advisory_xact_lock(hashtext(${store.lock}), hashtext(${id})) AS free`);
    if (!lock?.free) return false; // an upload is writing it right now
    // Looked up again under the lock: an upload that committed a moment ago is seen now.
    if ((await store.namedKeys(tx, [id])).has(key)) return false;
    await storage.delete(key);
    return true;
  });
}

/**
 * Removes the stored files of these kinds of upload (and partial writes) that no row names and whose
 * upload is over. Names that are not a row id are left alone.
 */
export async function sweepOrphans(
  db: Db,
  storage: BlobStorage,
  stores: readonly UploadStore[],
): Promise<{ checked: number; removed: string[] }> {
  const removed: string[] = [];
  let checked = 0;
  for (const store of stores) {
    for (const prefix of store.prefixes) {
      const keys = await storage.list(prefix);
      checked += keys.length;
      for (let i = 0; i < keys.length; i += BATCH) {
        const batch = keys.slice(i, i + BATCH).flatMap((key) => {
          const id = fileIdOf(key);
          return id ? [{ key, id }] : [];
        });
        const named = await store.namedKeys(db, [...new Set(batch.map((entry) => entry.id))]);
        for (const { key, id } of batch) {
          if (!named.has(key) && (await removeIfAbandoned(db, storage, store, key, id))) removed.push(key);
        }
      }
    }
  }
  return { checked, removed };
}
