import type { handoverBodySchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { insertAuditEvent } from '../../audit/audit-repository';
import { recordChanges } from '../access/casework-history';
import { type Db, Prisma, sqlOf } from '@vigil/db';
import { NOT_ASSIGNABLE, assignable } from './case-rules';

type Handover = z.output<typeof handoverBodySchema>;

/**
 * A departing member's cases in progress go to someone else in one transaction: their assignments
 * (where the successor is not on the case already) and their open deadlines on those cases. Each
 * case keeps the handover in its history; the audit log gets one event with the counts.
 */
export async function handOver(db: Db, actor: Actor, body: Handover) {
  const { fromUserId, toUserId, reason } = body;
  if (fromUserId === toUserId) throw AppError.invalid('body/toUserId', 'Hand over to someone else');
  const [from, successor] = await Promise.all([
    db.user.findUnique({ where: { id: fromUserId }, select: { id: true } }),
    assignable(db, [toUserId]),
  ]);
  if (!from) throw AppError.invalid('body/fromUserId', 'No such member');
  if (!successor.has(toUserId)) throw AppError.invalid('body/toUserId', NOT_ASSIGNABLE);
  return db.$transaction(async (tx) => {
    const moved = await sqlOf(tx).query<{ case_id: string; person_id: string }>(Prisma.sql`
      DELETE FROM case_assignments a USING cases c
      WHERE a.case_id = c.id AND a.user_id = ${fromUserId}::uuid AND c.status <> 'closed'
      RETURNING a.case_id::text, c.person_id::text`);
    const caseIds = moved.map((m) => m.case_id);
    let deadlines = 0;
    if (caseIds.length) {
      await tx.$executeRaw`
        INSERT INTO case_assignments (case_id, user_id, assigned_by_id)
        SELECT unnest(${caseIds}::uuid[]), ${toUserId}::uuid, ${actor.userId}::uuid
        ON CONFLICT DO NOTHING`;
      deadlines = await tx.$executeRaw`
        UPDATE case_deadlines SET assignee_id = ${toUserId}::uuid
        WHERE assignee_id = ${fromUserId}::uuid AND done_at IS NULL AND case_id = ANY(${caseIds}::uuid[])`;
      await tx.$executeRaw`
        UPDATE cases SET version = version + 1, updated_at = now() WHERE id = ANY(${caseIds}::uuid[])`;
    }
    for (const { case_id: caseId, person_id: personId } of moved) {
      await recordChanges(tx, actor, { personId, caseId, action: 'case.handover' }, [
        { field: 'assignee', oldValue: fromUserId, newValue: toUserId },
        { field: 'reason', oldValue: null, newValue: reason },
      ]);
    }
    await insertAuditEvent(tx, {
      actorId: actor.userId,
      requestId: actor.requestId,
      action: 'casework.handover',
      entityType: 'user',
      entityId: fromUserId,
      meta: { toUserId, cases: caseIds.length, deadlines },
    });
    return { cases: caseIds.length, deadlines };
  });
}
