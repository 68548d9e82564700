import { can } from '@vigil/contracts';
import type { DbOrTx, Prisma } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { consentCovers } from './consent-in-force';

/**
 * Record-level rules of casework, on top of the permission table. Coordinators (cases.manage_all)
 * reach every case; caseworkers and lawyers reach only cases they are assigned to (as caseworker or
 * as the case's lawyer). A case or person out of reach answers 404, so its existence is not confirmed.
 */
export function visibleCasesWhere(actor: Actor): Prisma.CaseWhereInput {
  if (can(actor.role, 'cases.manage_all')) return {};
  return { OR: [{ assignments: { some: { userId: actor.userId } } }, { lawyerId: actor.userId }] };
}

/** People reachable through a reachable case, plus people the actor registered who have no case yet. */
export function visiblePeopleWhere(actor: Actor): Prisma.PersonWhereInput {
  if (can(actor.role, 'cases.manage_all')) return {};
  return {
    OR: [{ cases: { some: visibleCasesWhere(actor) } }, { createdById: actor.userId, cases: { none: {} } }],
  };
}

export async function assertCaseVisible(db: DbOrTx, actor: Actor, caseId: string) {
  const found = await db.case.findFirst({
    where: { AND: [{ id: caseId }, visibleCasesWhere(actor)] },
    select: {
      id: true,
      personId: true,
      status: true,
      erasedAt: true,
      person: { select: { sensitivity: true } },
    },
  });
  if (!found) throw AppError.notFound('Case');
  return found;
}

export async function assertPersonVisible(db: DbOrTx, actor: Actor, personId: string) {
  const found = await db.person.findFirst({
    where: { AND: [{ id: personId }, visiblePeopleWhere(actor)] },
    select: { id: true, sensitivity: true, erasedAt: true },
  });
  if (!found) throw AppError.notFound('Person');
  return found;
}

/**
 * Whether the actor may read a reachable person's sealed fields (and their cases' sealed texts, notes
 * and documents): cases.read_personal; for a lawyer (from outside the collective, as a rule) the
 * person's consent to share with their lawyer; and for a person with a sensitivity flag (minor,
 * LGBT…) a grant naming the actor, whatever their role.
 */
export async function mayReadPersonal(
  db: DbOrTx,
  actor: Actor,
  person: { id: string; sensitivity: readonly string[] },
): Promise<boolean> {
  if (!can(actor.role, 'cases.read_personal')) return false;
  if (actor.role === 'lawyer' && !(await consentCovers(db, person.id, 'share_with_lawyer'))) return false;
  if (person.sensitivity.length === 0) return true;
  const grant = await db.personAccessGrant.findUnique({
    where: { personId_userId: { personId: person.id, userId: actor.userId } },
    select: { userId: true },
  });
  return grant !== null;
}

/** Like mayReadPersonal, but refuses with 403 naming the reason (the record itself is reachable). */
export async function assertMayReadPersonal(
  db: DbOrTx,
  actor: Actor,
  person: { id: string; sensitivity: readonly string[] },
): Promise<void> {
  if (await mayReadPersonal(db, actor, person)) return;
  if (actor.role === 'lawyer' && !(await consentCovers(db, person.id, 'share_with_lawyer'))) {
    throw AppError.forbidden("The person's consent does not cover sharing their details with a lawyer");
  }
  throw AppError.forbidden(
    person.sensitivity.length > 0
      ? 'This person carries a sensitivity flag: only people named on their access list see personal details'
      : 'Your role does not see personal details',
  );
}
