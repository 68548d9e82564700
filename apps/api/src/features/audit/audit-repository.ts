import { type DbOrTx, Prisma, type SqlTarget, sqlOf } from '@vigil/db';

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
/** One statement (the chain trigger links it); runs on every audited read, so through the fast path. */
export async function insertAuditEvent(db: SqlTarget, entry: AuditEntry): Promise<void> {
  await sqlOf(db).query(Prisma.sql`
    INSERT INTO audit_events (actor_id, action, entity_type, entity_id, fields, request_id, meta)
    VALUES (${entry.actorId ?? null}::uuid, ${entry.action}, ${entry.entityType ?? null}, ${entry.entityId ?? null},
            ${entry.fields ?? []}::text[], ${entry.requestId ?? null}, ${entry.meta ? JSON.stringify(entry.meta) : null})`);
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
