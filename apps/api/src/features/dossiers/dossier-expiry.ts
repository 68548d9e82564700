import type { Db } from '@vigil/db';
import type { FastifyBaseLogger } from 'fastify';
import type { AuditService } from '../audit/audit-service';
import type { BlobStorage } from '../evidence/storage/blob-storage';

export const DOSSIER_EXPIRY_QUEUE = 'dossier-expire';
/** Every hour (UTC, at :17 to stay clear of other hourly work); a download checks the date itself too. */
export const DOSSIER_EXPIRY_CRON = '17 * * * *';

const BATCH = 100;
const DAY_MS = 86_400_000;

/** When a dossier finished now stops being downloadable. */
export const expiryOf = (finishedAt: Date, retentionDays: number) =>
  new Date(finishedAt.getTime() + retentionDays * DAY_MS);

/** Whether a dossier is past its retention, swept or not yet. */
export const isExpired = (dossier: { status: string; expiresAt: Date | null }, now = new Date()) =>
  dossier.status === 'expired' || (dossier.expiresAt !== null && dossier.expiresAt <= now);

/**
 * The scheduled sweep: deletes the stored PDF and manifest of every ready dossier past its
 * `expiresAt`, marks it expired and records a system audit entry. Files go first: a run interrupted
 * in between leaves the dossier `ready` (downloads already answer 410 by date) and the next run
 * finishes it, since deleting a missing object is no error.
 */
export function createDossierExpiry(deps: {
  db: Db;
  storage: BlobStorage;
  audit: AuditService;
  log: FastifyBaseLogger;
}) {
  const { db, storage, audit } = deps;
  return async (now = new Date()): Promise<number> => {
    let expired = 0;
    for (;;) {
      const due = await db.dossier.findMany({
        where: { status: 'ready', expiresAt: { lte: now } },
        orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
        take: BATCH,
      });
      for (const dossier of due) {
        const keys = [dossier.pdfKey, dossier.manifestKey].filter((key): key is string => key !== null);
        await Promise.all(keys.map((key) => storage.delete(key)));
        await db.$transaction(async (tx) => {
          const done = await tx.dossier.updateMany({
            where: { id: dossier.id, status: 'ready' },
            data: { status: 'expired', pdfKey: null, manifestKey: null },
          });
          if (done.count === 0) return;
          expired += 1;
          await audit.record(tx, {
            actorId: null,
            action: 'dossier.expire',
            entityType: 'dossier',
            entityId: dossier.id,
            meta: { files: keys.length, expiresAt: dossier.expiresAt?.toISOString() ?? null },
          });
        });
      }
      if (due.length < BATCH) break;
    }
    if (expired) deps.log.info({ expired }, 'expired dossiers deleted');
    return expired;
  };
}
