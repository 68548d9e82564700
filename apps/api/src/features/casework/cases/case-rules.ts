import { type CaseOutcome, type CaseStatus, type ErrorDetail, ROLES, can } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import { AppError } from '../../../lib/app-error';

/** Roles that work on cases: the only ones a case can be assigned to. */
export const CASE_WRITER_ROLES = ROLES.filter((role) => can(role, 'cases.write'));

export const NOT_ASSIGNABLE = 'Not an active member who works on cases';

/** Which of these users a case can be assigned to: active members whose role works on cases. */
export async function assignable(db: DbOrTx, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const eligible = await db.user.findMany({
    where: { id: { in: userIds }, status: 'active', role: { in: CASE_WRITER_ROLES } },
    select: { id: true },
  });
  return new Set(eligible.map((u) => u.id));
}

export async function assigneeProblems(db: DbOrTx, userIds: string[], path: string): Promise<ErrorDetail[]> {
  const ok = await assignable(db, userIds);
  return userIds.flatMap((id, i) => (ok.has(id) ? [] : [{ path: `${path}/${i}`, message: NOT_ASSIGNABLE }]));
}

/** Checks the references a case write names, all at once, with the field at fault (400). */
export async function checkCaseReferences(
  db: DbOrTx,
  refs: { assigneeIds?: string[]; lawyerId?: string | null; incidentId?: string | null },
): Promise<void> {
  const [assignees, lawyer, incident] = await Promise.all([
    assigneeProblems(db, refs.assigneeIds ?? [], 'body/assigneeIds'),
    refs.lawyerId
      ? db.user.findFirst({
          where: { id: refs.lawyerId, role: 'lawyer', status: 'active' },
          select: { id: true },
        })
      : null,
    refs.incidentId ? db.incident.findUnique({ where: { id: refs.incidentId }, select: { id: true } }) : null,
  ]);
  const problems = [...assignees];
  if (refs.lawyerId && !lawyer) problems.push({ path: 'body/lawyerId', message: 'Not an active lawyer' });
  if (refs.incidentId && !incident) problems.push({ path: 'body/incidentId', message: 'No such incident' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', 'The request is invalid', problems);
}

interface Lifecycle {
  status: CaseStatus;
  outcome: CaseOutcome | null;
  closedAt: Date | null;
  waitingOn: string | null;
}

/**
 * open → active → waiting → closed, and back. A closed case has an outcome and a closing time;
 * reopening clears both. What the case waits on only means something while it waits.
 */
export function nextLifecycle(
  before: Lifecycle,
  change: { status?: CaseStatus; outcome?: CaseOutcome | null; waitingOn?: string | null },
  now: Date,
): Lifecycle {
  const status = change.status ?? before.status;
  if (status === 'closed') {
    const outcome = change.outcome === undefined ? before.outcome : change.outcome;
    if (!outcome) throw AppError.invalid('body/outcome', 'A closed case needs an outcome');
    return { status, outcome, closedAt: before.status === 'closed' ? before.closedAt : now, waitingOn: null };
  }
  if (change.outcome) throw AppError.invalid('body/outcome', 'Only a closed case has an outcome');
  const waitingOn =
    status === 'waiting' ? (change.waitingOn === undefined ? before.waitingOn : change.waitingOn) : null;
  return { status, outcome: null, closedAt: null, waitingOn };
}
