import type { Db, SqlTarget } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { type AuditEntry, type AuditQuery, insertAuditEvent, listAuditEvents } from './audit-repository';

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(db: Db) {
  return {
    /** Records an event; pass the transaction so the entry commits or rolls back with the change. */
    record(tx: SqlTarget, entry: AuditEntry): Promise<void> {
      return insertAuditEvent(tx, entry);
    },

    /** Shorthand for an event caused by a signed-in user. */
    byActor(tx: SqlTarget, actor: Actor, entry: Omit<AuditEntry, 'actorId' | 'requestId'>): Promise<void> {
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
      const actorIds = [...new Set(page.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
      const names = new Map(
        (
          await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, displayName: true } })
        ).map((u) => [u.id, u.displayName]),
      );
      return {
        events: page.map((row) => ({
          ...row,
          id: row.id.toString(),
          actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
        })),
        nextCursor: rows.length > query.limit && last ? last.id.toString() : null,
      };
    },
  };
}
