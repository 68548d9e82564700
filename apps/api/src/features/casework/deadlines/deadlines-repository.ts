import { ROLES, can } from '@vigil/contracts';
import type { DbOrTx, Prisma } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { visibleCasesWhere } from '../access/case-access';

export const deadlineSelect = {
  id: true,
  caseId: true,
  kind: true,
  title: true,
  dueAt: true,
  assigneeId: true,
  doneAt: true,
  doneById: true,
  createdAt: true,
} satisfies Prisma.CaseDeadlineSelect;
export type DeadlineRow = Prisma.CaseDeadlineGetPayload<{ select: typeof deadlineSelect }>;

const MANAGING_ROLES = ROLES.filter((role) => can(role, 'cases.manage_all'));

export function deadlinesOfCase(db: DbOrTx, caseId: string) {
  return db.caseDeadline.findMany({
    where: { caseId },
    select: deadlineSelect,
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
  });
}

/** A deadline whose case the actor reaches, with the case's person; null otherwise. */
export function findVisibleDeadline(db: DbOrTx, actor: Actor, id: string) {
  return db.caseDeadline.findFirst({
    where: { id, case: visibleCasesWhere(actor) },
    select: { ...deadlineSelect, case: { select: { personId: true } } },
  });
}

/** Whether the user may carry a deadline of the case: active, and on the case or a coordinator. */
export async function mayBeAssigned(db: DbOrTx, caseId: string, userId: string): Promise<boolean> {
  const user = await db.user.findFirst({
    where: {
      id: userId,
      status: 'active',
      OR: [
        { role: { in: MANAGING_ROLES } },
        { caseAssignments: { some: { caseId } } },
        { lawyerCases: { some: { id: caseId } } },
      ],
    },
    select: { id: true },
  });
  return user !== null;
}
