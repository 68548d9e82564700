import { CASE_SEALED_FIELDS, can, type updateCaseBodySchema } from '@vigil/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertCaseVisible, assertMayReadPersonal } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { diffFields, recordChanges } from '../access/casework-history';
import type { CaseDeps } from './case-deps';
import { checkCaseReferences, nextLifecycle } from './case-rules';
import { changedCaseTexts } from './case-texts';
import { staleCase } from './case-writes';

type CaseUpdate = z.output<typeof updateCaseBodySchema>;

/**
 * Changes a case with field-level history. Changing the lawyer is for coordinators; changing the
 * sealed texts is for readers of the person's personal data (the old text is opened to compare).
 */
export async function updateCase(
  { db, vault }: CaseDeps,
  actor: Actor,
  id: string,
  body: CaseUpdate,
): Promise<void> {
  const reachable = await assertCaseVisible(db, actor, id);
  const before = await db.case.findUniqueOrThrow({ where: { id } });
  if (before.erasedAt) throw AppError.conflict('This case was erased: it no longer changes');
  const lawyerChanges = body.lawyerId !== undefined && body.lawyerId !== before.lawyerId;
  if (lawyerChanges && !can(actor.role, 'cases.manage_all')) {
    throw AppError.forbidden('Only coordinators change the lawyer');
  }
  const textsGiven = CASE_SEALED_FIELDS.some((field) => body[field] !== undefined);
  if (textsGiven) {
    await assertMayReadPersonal(db, actor, {
      id: reachable.personId,
      sensitivity: reachable.person.sensitivity,
    });
  }
  await checkCaseReferences(db, {
    lawyerId: lawyerChanges ? body.lawyerId : null,
    incidentId: body.incidentId !== before.incidentId ? body.incidentId : null,
  });
  const coded = {
    type: body.type,
    lawyerId: body.lawyerId,
    interpreter: body.interpreter,
    interpretedIn: body.interpretedIn,
    incidentId: body.incidentId,
    ...nextLifecycle(before, body, new Date()),
  };
  const texts = textsGiven ? await changedCaseTexts(vault, before, body) : { columns: {}, changes: [] };
  const changes = [...diffFields(before, coded), ...texts.changes];
  if (changes.length === 0) {
    if (body.version !== before.version) throw staleCase();
    return;
  }
  await db.$transaction(async (tx) => {
    const done = await tx.case.updateMany({
      where: { id, version: body.version },
      data: { ...coded, ...texts.columns, version: body.version + 1 },
    });
    if (done.count !== 1) throw staleCase();
    await recordChanges(
      tx,
      actor,
      { personId: before.personId, caseId: id, action: 'case.updated' },
      changes,
    );
    await auditCaseworkChange(tx, actor, {
      action: 'casework.case_update',
      personId: before.personId,
      caseId: id,
      fields: changes.map((c) => c.field),
    });
  });
}
