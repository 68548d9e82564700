import type { caseAssignmentsBodySchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertCaseVisible } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { recordChanges } from '../access/casework-history';
import type { CaseDeps } from './case-deps';
import { assigneeProblems } from './case-rules';
import { staleCase } from './case-writes';

/** A coordinator replaces the list of people working on a case (checked against the case version). */
export async function replaceAssignments(
  { db }: CaseDeps,
  actor: Actor,
  caseId: string,
  body: z.output<typeof caseAssignmentsBodySchema>,
): Promise<void> {
  const { personId } = await assertCaseVisible(db, actor, caseId);
  const userIds = [...new Set(body.userIds)];
  const problems = await assigneeProblems(db, userIds, 'body/userIds');
  if (problems.length) throw new AppError('VALIDATION_FAILED', 'The request is invalid', problems);
  await db.$transaction(async (tx) => {
    const done = await tx.case.updateMany({
      where: { id: caseId, version: body.version },
      data: { version: body.version + 1 },
    });
    if (done.count !== 1) throw staleCase();
    const before = (await tx.caseAssignment.findMany({ where: { caseId }, select: { userId: true } })).map(
      (a) => a.userId,
    );
    const added = userIds.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !userIds.includes(id));
    if (added.length === 0 && removed.length === 0) return;
    await tx.caseAssignment.deleteMany({ where: { caseId, userId: { in: removed } } });
    await tx.caseAssignment.createMany({
      data: added.map((userId) => ({ caseId, userId, assignedById: actor.userId })),
    });
    const list = (ids: string[]) => (ids.length ? JSON.stringify([...ids].sort()) : null);
    await recordChanges(tx, actor, { personId, caseId, action: 'case.assignments' }, [
      { field: 'assignees', oldValue: list(before), newValue: list(userIds) },
    ]);
    await auditCaseworkChange(tx, actor, {
      action: 'casework.case_assign',
      personId,
      caseId,
      fields: ['assignees'],
      meta: { added: added.length, removed: removed.length },
    });
  });
}
