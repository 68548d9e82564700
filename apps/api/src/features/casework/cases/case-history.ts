import type { DbOrTx } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { assertCaseVisible } from '../access/case-access';
import { userRefsOf } from '../deadlines/user-refs';

/** A case's history is bounded by human activity; the cap only guards the response size. */
const MAX_CHANGES = 1_000;

/**
 * Who changed what and when on the case and on its person (changes to the person's other cases are
 * not shown: they may be out of reach). Values of sealed fields are never returned.
 */
export async function caseHistory(db: DbOrTx, actor: Actor, caseId: string) {
  const { personId } = await assertCaseVisible(db, actor, caseId);
  const changes = await db.caseworkChange.findMany({
    where: { OR: [{ caseId }, { personId, caseId: null }] },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: MAX_CHANGES,
  });
  const ref = await userRefsOf(
    db,
    changes.map((c) => c.actorId),
  );
  return {
    changes: changes.map((c) => ({
      at: c.at,
      actor: ref(c.actorId),
      caseId: c.caseId,
      action: c.action,
      field: c.field,
      oldValue: c.sealed ? null : c.oldValue,
      newValue: c.sealed ? null : c.newValue,
      sealed: c.sealed,
    })),
  };
}
