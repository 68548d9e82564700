import type {
  createDeadlineBodySchema,
  deadlineOverviewQuerySchema,
  updateDeadlineBodySchema,
} from '@vigil/contracts';
import type { Db, DbOrTx } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertCaseVisible } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { type FieldChange, diffFields, recordChanges } from '../access/casework-history';
import { deadlineOverview } from './deadline-overview';
import {
  type DeadlineRow,
  deadlineSelect,
  deadlinesOfCase,
  findVisibleDeadline,
  mayBeAssigned,
} from './deadlines-repository';
import { userRefsOf } from './user-refs';

type Create = z.output<typeof createDeadlineBodySchema>;
type Update = z.output<typeof updateDeadlineBodySchema>;
type OverviewQuery = z.output<typeof deadlineOverviewQuerySchema>;
type Editable = Pick<DeadlineRow, 'kind' | 'title' | 'dueAt' | 'assigneeId' | 'doneAt' | 'doneById'>;

/** History rows live on the case: prefix the fields so they do not read as the case's own. */
function deadlineChanges(before: Partial<Editable>, update: Partial<Editable>): FieldChange[] {
  return diffFields(before, update).map((change) => ({ ...change, field: `deadline.${change.field}` }));
}

/** Marking done stamps who and when; undoing clears both; repeating either changes nothing. */
function doneUpdate(current: DeadlineRow, done: boolean | undefined, actor: Actor): Partial<Editable> {
  if (done === true && current.doneAt === null) return { doneAt: new Date(), doneById: actor.userId };
  if (done === false && current.doneAt !== null) return { doneAt: null, doneById: null };
  return {};
}

/** A deadline's history rows on its case and its audit entry (field names, never values). */
async function recordDeadlineChange(
  tx: DbOrTx,
  actor: Actor,
  target: { personId: string; caseId: string; deadlineId: string },
  action: 'create' | 'update',
  changes: FieldChange[],
) {
  await recordChanges(tx, actor, { caseId: target.caseId, action: `deadline.${action}` }, changes);
  await auditCaseworkChange(tx, actor, {
    action: `casework.deadline_${action}`,
    personId: target.personId,
    caseId: target.caseId,
    fields: changes.map((change) => change.field),
    meta: { deadlineId: target.deadlineId },
  });
}

/** Deadlines and tasks of cases: appeal dates are short and fatal when missed. */
export function createDeadlinesService(db: Db) {
  async function views(rows: DeadlineRow[]) {
    const ref = await userRefsOf(
      db,
      rows.flatMap((row) => [row.assigneeId, row.doneById]),
    );
    return rows.map(({ assigneeId, doneById, ...row }) => ({
      ...row,
      assignee: ref(assigneeId),
      doneBy: ref(doneById),
    }));
  }

  async function checkAssignee(caseId: string, assigneeId: string | null | undefined) {
    if (assigneeId && !(await mayBeAssigned(db, caseId, assigneeId))) {
      throw AppError.invalid(
        'body/assigneeId',
        'Assign an active caseworker or lawyer of this case, or a coordinator',
      );
    }
  }

  return {
    async list(actor: Actor, caseId: string) {
      await assertCaseVisible(db, actor, caseId);
      return views(await deadlinesOfCase(db, caseId));
    },

    async create(actor: Actor, caseId: string, body: Create) {
      const found = await assertCaseVisible(db, actor, caseId);
      await checkAssignee(caseId, body.assigneeId);
      const fields = {
        kind: body.kind,
        title: body.title,
        dueAt: body.dueAt,
        assigneeId: body.assigneeId ?? null,
      };
      const row = await db.$transaction(async (tx) => {
        const created = await tx.caseDeadline.create({
          data: { caseId, ...fields, createdById: actor.userId },
          select: deadlineSelect,
        });
        const target = { personId: found.personId, caseId, deadlineId: created.id };
        await recordDeadlineChange(tx, actor, target, 'create', deadlineChanges({}, fields));
        return created;
      });
      return (await views([row]))[0]!;
    },

    /** Edits a deadline, or marks it done / not done; reached through its case (404 otherwise). */
    async update(actor: Actor, id: string, body: Update) {
      const found = await findVisibleDeadline(db, actor, id);
      if (!found) throw AppError.notFound('Deadline');
      const { case: owner, ...current } = found;
      await checkAssignee(current.caseId, body.assigneeId);
      const { done, ...edits } = body;
      const update: Partial<Editable> = { ...edits, ...doneUpdate(current, done, actor) };
      const changes = deadlineChanges(current, update);
      if (changes.length === 0) return (await views([current]))[0]!;
      const row = await db.$transaction(async (tx) => {
        const updated = await tx.caseDeadline.update({ where: { id }, data: update, select: deadlineSelect });
        const target = { personId: owner.personId, caseId: current.caseId, deadlineId: id };
        await recordDeadlineChange(tx, actor, target, 'update', changes);
        return updated;
      });
      return (await views([row]))[0]!;
    },

    overview: (actor: Actor, query: OverviewQuery) => deadlineOverview(db, actor, query),
  };
}
