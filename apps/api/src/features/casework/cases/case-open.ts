import { randomUUID } from 'node:crypto';
import { can, type createCaseBodySchema } from '@vigil/contracts';
import { type DbOrTx, Prisma, sqlOf } from '@vigil/db';
import type { z } from 'zod';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertPersonVisible } from '../access/case-access';
import { auditCaseworkChange } from '../access/casework-audit';
import { diffFields, recordChanges } from '../access/casework-history';
import { registerPerson } from '../people/person-registration';
import type { CaseDeps } from './case-deps';
import { checkCaseReferences } from './case-rules';
import { sealCaseTexts, sealedHistory } from './case-texts';

type NewCase = z.output<typeof createCaseBodySchema>;

async function nextCaseReference(tx: DbOrTx, at: Date): Promise<string> {
  const [row] = await sqlOf(tx).query<{ n: bigint }>(Prisma.sql`SELECT nextval('case_reference_seq') AS n`);
  return `CASE-${at.getUTCFullYear()}-${String(row?.n ?? 0).padStart(6, '0')}`;
}

/**
 * Who works on a new case. Coordinators choose; anyone else opening a case stays on it (a lawyer as
 * its lawyer, a caseworker as an assignee) and may not name anybody else.
 */
function staffing(actor: Actor, body: NewCase) {
  const requested = [...new Set(body.assigneeIds ?? [])];
  if (can(actor.role, 'cases.manage_all')) return { assigneeIds: requested, lawyerId: body.lawyerId ?? null };
  if (requested.some((id) => id !== actor.userId))
    throw AppError.forbidden('Only coordinators assign other people');
  if (body.lawyerId && body.lawyerId !== actor.userId)
    throw AppError.forbidden('Only coordinators choose the lawyer');
  if (actor.role === 'lawyer') return { assigneeIds: requested, lawyerId: actor.userId };
  return { assigneeIds: [...new Set([...requested, actor.userId])], lawyerId: body.lawyerId ?? null };
}

/** Opens a case for a reachable person, or for a person registered in the same transaction. */
export async function openCase({ db, vault }: CaseDeps, actor: Actor, body: NewCase): Promise<string> {
  const { assigneeIds, lawyerId } = staffing(actor, body);
  if (body.personId) {
    const person = await assertPersonVisible(db, actor, body.personId);
    if (person.erasedAt) throw AppError.conflict("This person's data was erased: register them again");
  }
  await checkCaseReferences(db, { assigneeIds, lawyerId, incidentId: body.incidentId });
  return db.$transaction(async (tx) => {
    const personId = body.person
      ? await registerPerson(tx, vault, actor, body.person, 'body/person')
      : body.personId;
    if (!personId) throw AppError.invalid('body/personId', 'Give either personId or person');
    const id = randomUUID();
    const coded = {
      type: body.type,
      status: 'open' as const,
      lawyerId,
      interpreter: body.interpreter ?? null,
      interpretedIn: body.interpretedIn ?? null,
      incidentId: body.incidentId ?? null,
    };
    const sealed = sealCaseTexts(vault, id, body);
    await tx.case.create({
      data: {
        id,
        reference: await nextCaseReference(tx, new Date()),
        personId,
        ...coded,
        ...sealed,
        createdById: actor.userId,
        assignments: { create: assigneeIds.map((userId) => ({ userId, assignedById: actor.userId })) },
      },
    });
    const changes = [
      ...diffFields<Record<string, unknown>>(
        {},
        { ...coded, assignees: assigneeIds.length ? assigneeIds : null },
      ),
      ...sealedHistory(sealed),
    ];
    await recordChanges(tx, actor, { personId, caseId: id, action: 'case.opened' }, changes);
    await auditCaseworkChange(tx, actor, {
      action: 'casework.case_open',
      personId,
      caseId: id,
      fields: changes.map((c) => c.field),
    });
    return id;
  });
}
