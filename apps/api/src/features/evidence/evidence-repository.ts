import type { CustodyAction } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { evictionConditions, evictionVisibility } from '../evictions/eviction-filter-sql';

/** The record a file is evidence of: an incident or an eviction. */
export interface EvidenceOwner {
  kind: 'incident' | 'eviction';
  id: string;
}

/** The file row's column naming its record. */
export const ownerColumns = (owner: EvidenceOwner) =>
  owner.kind === 'incident' ? { incidentId: owner.id } : { evictionId: owner.id };

/**
 * Whether the actor may see the record: every incident (as before), an eviction unless it is someone
 * else's draft and the actor is no reviewer (the eviction list's rule, from its own filter SQL).
 */
export async function ownerVisible(db: DbOrTx, actor: Actor, owner: EvidenceOwner): Promise<boolean> {
  if (owner.kind === 'incident') {
    return (await db.incident.findUnique({ where: { id: owner.id }, select: { id: true } })) !== null;
  }
  const visible = evictionConditions({}, evictionVisibility(actor));
  const rows = await sqlOf(db).query<unknown>(Prisma.sql`
    SELECT 1 FROM evictions e WHERE e.id = ${owner.id}::uuid AND ${visible}`);
  return rows.length > 0;
}

/**
 * Inside the upload's transaction: fails with P2025 (→ 404) when the record was deleted meanwhile,
 * rolling the upload back. An incident also gets its has-media flag (a filter); an eviction row is
 * only locked against deletion, not changed (its version stays the observer's).
 */
export async function attachToOwner(tx: DbOrTx, owner: EvidenceOwner): Promise<void> {
  if (owner.kind === 'incident') {
    await tx.incident.update({ where: { id: owner.id }, data: { hasMedia: true }, select: { id: true } });
    return;
  }
  const locked = await sqlOf(tx).query<{ id: string }>(Prisma.sql`
    SELECT id FROM evictions WHERE id = ${owner.id}::uuid FOR KEY SHARE`);
  if (locked.length === 0) throw AppError.notFound('Eviction');
}

/** A record's files, oldest first (the eviction's file list). */
export function filesOf(db: DbOrTx, owner: EvidenceOwner) {
  return db.evidenceFile.findMany({
    where: ownerColumns(owner),
    orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
  });
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
