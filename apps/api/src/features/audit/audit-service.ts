import type { Db, DbOrTx } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { type AuditEntry, type AuditQuery, insertAuditEvent, listAuditEvents } from './audit-repository';

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(db: Db) {
  return {
    /** Records an event; pass the transaction so the entry commits or rolls back with the change. */
    record(tx: DbOrTx, entry: AuditEntry): Promise<void> {
      return insertAuditEvent(tx, entry);
    },

    /** Shorthand for an event caused by a signed-in user. */
    byActor(tx: DbOrTx, actor: Actor, entry: Omit<AuditEntry, 'actorId' | 'requestId'>): Promise<void> {
      return insertAuditEvent(tx, { ...entry, actorId: actor.userId, requestId: actor.requestId });
    },

    async list(actor: Actor, query: AuditQuery) {
      const rows = await listAuditEvents(db, query);
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      await insertAuditEvent(db, {
        actorId: actor.userId,
        requestId: actor.requestId,
        action: 'audit.read',
        meta: { count: page.length },
      });
      return {
        events: page.map((row) => ({ ...row, id: row.id.toString() })),
        nextCursor: rows.length > query.limit && last ? last.id.toString() : null,
      };
    },
  };
}
