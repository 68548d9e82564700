import type { DbOrTx } from '@vigil/db';

export interface AuditEntry {
  actorId?: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  /** Names of the fields touched or read; never their values. */
  fields?: string[];
  requestId?: string | null;
  /** Non-personal context only (counts, reasons, ids). */
  meta?: Record<string, string | number | boolean | null>;
}

export interface AuditQuery {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  before?: string;
  limit: number;
}

/** Inserts only: the chain trigger sets id, time and hashes; other triggers refuse updates. */
export async function insertAuditEvent(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      fields: entry.fields ?? [],
      requestId: entry.requestId ?? null,
      meta: entry.meta ? JSON.stringify(entry.meta) : null,
    },
    select: { id: true },
  });
}

export function listAuditEvents(db: DbOrTx, query: AuditQuery) {
  return db.auditEvent.findMany({
    where: {
      actorId: query.actorId,
      action: query.action,
      entityType: query.entityType,
      entityId: query.entityId,
      id: query.before ? { lt: BigInt(query.before) } : undefined,
    },
    orderBy: { id: 'desc' },
    take: query.limit + 1,
  });
}
