import { can } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { displayNames } from '../../sites/sites-repository';
import { assertPersonVisible } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { grantAccess } from './access-list';
import { userRef } from './person-view';
import { grantsOf, personAuditEvents } from './people-repository';

function caseIdOf(meta: string | null): string | null {
  if (!meta) return null;
  try {
    const parsed = JSON.parse(meta) as { caseId?: unknown };
    return typeof parsed.caseId === 'string' ? parsed.caseId : null;
  } catch {
    return null;
  }
}

/** A sensitive person's access list, and who read or changed their data (from the audit log). */
export function createPersonAccessService(db: Db) {
  async function grants(personId: string) {
    const rows = await grantsOf(db, personId);
    const names = await displayNames(
      db,
      rows.map((g) => g.grantedById),
    );
    return rows.map((g) => ({
      user: g.user,
      reason: g.reason,
      grantedBy: userRef(names, g.grantedById),
      grantedAt: g.grantedAt,
    }));
  }

  return {
    async list(actor: Actor, personId: string) {
      await assertPersonVisible(db, actor, personId);
      return grants(personId);
    },

    async grant(actor: Actor, personId: string, body: { userId: string; reason: string }) {
      await assertPersonVisible(db, actor, personId);
      const user = await db.user.findUnique({
        where: { id: body.userId },
        select: { status: true, role: true },
      });
      if (!user || user.status !== 'active' || !can(user.role, 'cases.read_personal')) {
        throw AppError.invalid('body/userId', 'Must be an active member whose role sees personal details');
      }
      await db.$transaction(async (tx) => {
        const existing = await tx.personAccessGrant.findUnique({
          where: { personId_userId: { personId, userId: body.userId } },
          select: { userId: true },
        });
        if (existing) throw AppError.conflict('Already on the access list');
        await grantAccess(tx, actor, { personId, ...body });
      });
      return grants(personId);
    },

    async revoke(actor: Actor, personId: string, userId: string) {
      await assertPersonVisible(db, actor, personId);
      await db.$transaction(async (tx) => {
        const removed = await tx.personAccessGrant.deleteMany({ where: { personId, userId } });
        if (removed.count === 0) throw AppError.notFound('Grant');
        await auditCaseworkChange(tx, actor, { action: 'person.access_revoked', personId, meta: { userId } });
      });
      return grants(personId);
    },

    /** Reading the log opens nothing personal, so it is not itself a personal read. */
    async log(actor: Actor, personId: string, query: { limit: number; cursor?: string | undefined }) {
      await assertPersonVisible(db, actor, personId);
      const rows = await personAuditEvents(
        db,
        personId,
        query.cursor ? BigInt(query.cursor) : null,
        query.limit + 1,
      );
      const page = rows.slice(0, query.limit);
      const names = await displayNames(
        db,
        page.flatMap((r) => (r.actorId ? [r.actorId] : [])),
      );
      const last = page[page.length - 1];
      return {
        events: page.map((r) => ({
          at: r.at,
          action: r.action,
          fields: r.fields,
          actor: userRef(names, r.actorId),
          caseId: caseIdOf(r.meta),
        })),
        nextCursor: rows.length > query.limit && last ? String(last.id) : null,
      };
    },
  };
}
