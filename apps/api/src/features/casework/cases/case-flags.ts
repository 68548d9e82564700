import type { clearCaseFlagBodySchema, setCaseFlagBodySchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertCaseVisible } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { recordChanges } from '../access/casework-history';
import type { CaseDeps } from './case-deps';
import { touchCase } from './case-writes';

/** "Detention review", "at risk"…: set with a reason, one open flag per code; the reason is kept. */
export async function setCaseFlag(
  { db }: CaseDeps,
  actor: Actor,
  caseId: string,
  body: z.output<typeof setCaseFlagBodySchema>,
): Promise<void> {
  const { personId } = await assertCaseVisible(db, actor, caseId);
  await db.$transaction(async (tx) => {
    await touchCase(tx, caseId);
    if (
      await tx.caseFlag.findFirst({
        where: { caseId, flag: body.flag, clearedAt: null },
        select: { id: true },
      })
    ) {
      throw AppError.conflict(`The flag "${body.flag}" is already set on this case`);
    }
    await tx.caseFlag.create({
      data: { caseId, flag: body.flag, setReason: body.reason, setById: actor.userId },
    });
    await recordChanges(tx, actor, { personId, caseId, action: 'case.flag_set' }, [
      { field: 'flag', oldValue: null, newValue: body.flag },
      { field: 'reason', oldValue: null, newValue: body.reason },
    ]);
    await auditCaseworkChange(tx, actor, {
      action: 'casework.flag_set',
      personId,
      caseId,
      meta: { flag: body.flag },
    });
  });
}

/** Clears an open flag with a reason; the flag stays in the case's record, cleared. */
export async function clearCaseFlag(
  { db }: CaseDeps,
  actor: Actor,
  ids: { caseId: string; flagId: string },
  body: z.output<typeof clearCaseFlagBodySchema>,
): Promise<void> {
  const { caseId, flagId } = ids;
  const { personId } = await assertCaseVisible(db, actor, caseId);
  await db.$transaction(async (tx) => {
    await touchCase(tx, caseId);
    const flag = await tx.caseFlag.findFirst({ where: { id: flagId, caseId } });
    if (!flag) throw AppError.notFound('Flag');
    if (flag.clearedAt) throw AppError.conflict('This flag was cleared already');
    await tx.caseFlag.update({
      where: { id: flagId },
      data: { clearedAt: new Date(), clearedById: actor.userId, clearReason: body.reason },
    });
    await recordChanges(tx, actor, { personId, caseId, action: 'case.flag_cleared' }, [
      { field: 'flag', oldValue: flag.flag, newValue: null },
      { field: 'reason', oldValue: null, newValue: body.reason },
    ]);
    await auditCaseworkChange(tx, actor, {
      action: 'casework.flag_clear',
      personId,
      caseId,
      meta: { flag: flag.flag },
    });
  });
}
