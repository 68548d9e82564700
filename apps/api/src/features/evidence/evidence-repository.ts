import type { CustodyAction } from '@vigil/contracts';
import type { DbOrTx, Prisma } from '@vigil/db';

export function incidentExists(db: DbOrTx, id: string): Promise<{ id: string } | null> {
  return db.incident.findUnique({ where: { id }, select: { id: true } });
}

/** Fails with P2025 (→ 404) when the incident was deleted meanwhile, rolling the upload back. */
export async function markIncidentHasMedia(tx: DbOrTx, incidentId: string): Promise<void> {
  await tx.incident.update({ where: { id: incidentId }, data: { hasMedia: true }, select: { id: true } });
}

export function insertEvidenceFile(tx: DbOrTx, data: Prisma.EvidenceFileUncheckedCreateInput) {
  return tx.evidenceFile.create({ data, select: { id: true } });
}

/** Custody rows are insert-only: a database trigger refuses UPDATE and DELETE. */
export async function insertCustodyEvent(
  tx: DbOrTx,
  event: {
    fileId: string;
    actorId: string | null;
    action: CustodyAction;
    requestId?: string | null;
    note?: string | null;
  },
): Promise<void> {
  await tx.custodyEvent.create({
    data: {
      fileId: event.fileId,
      actorId: event.actorId,
      action: event.action,
      requestId: event.requestId ?? null,
      note: event.note ?? null,
    },
    select: { id: true },
  });
}

export function findEvidenceFile(db: DbOrTx, id: string) {
  return db.evidenceFile.findUnique({ where: { id } });
}

export function findEvidenceFileWithCustody(db: DbOrTx, id: string) {
  return db.evidenceFile.findUnique({
    where: { id },
    include: { custody: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } },
  });
}

export type EvidenceFileWithCustody = NonNullable<Awaited<ReturnType<typeof findEvidenceFileWithCustody>>>;

export async function displayNamesOf(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((user) => [user.id, user.displayName]));
}

/** One page of stored files in id order, for the integrity check (keyset, so any size fits). */
export function evidenceFilesAfter(db: DbOrTx, afterId: string | null, take: number) {
  return db.evidenceFile.findMany({
    where: afterId ? { id: { gt: afterId } } : {},
    orderBy: { id: 'asc' },
    take,
    select: { id: true, storageKey: true, workingCopyKey: true, sha256: true, sizeBytes: true },
  });
}
