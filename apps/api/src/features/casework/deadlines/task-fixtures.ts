/** Helpers for the tests of deadlines, notes and documents (not a test file itself). */
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../../test/fixtures';
import { seedCase, seedPerson } from '../casework-fixtures';

export type SignedIn = Awaited<ReturnType<typeof signedIn>>;

/** A coordinator, two caseworkers, two lawyers and a legal observer, all signed in. */
export async function caseTeam(app: FastifyInstance) {
  const [coordinator, caseworker, otherCaseworker, lawyer, otherLawyer, observer] = await Promise.all([
    signedIn(app, 'coordinator'),
    signedIn(app, 'caseworker'),
    signedIn(app, 'caseworker'),
    signedIn(app, 'lawyer'),
    signedIn(app, 'lawyer'),
    signedIn(app, 'legal_observer'),
  ]);
  return { coordinator, caseworker, otherCaseworker, lawyer, otherLawyer, observer };
}

/** A person and their case, assigned to the caseworker, with the lawyer as the case's lawyer. */
export async function caseOf(
  app: FastifyInstance,
  team: { coordinator: SignedIn; caseworker: SignedIn; lawyer?: SignedIn },
  person: Partial<Parameters<typeof seedPerson>[1]> = {},
) {
  const created = await seedPerson(app, { createdById: team.coordinator.user.id, ...person });
  return seedCase(app, {
    personId: created.id,
    createdById: team.coordinator.user.id,
    assigneeIds: [team.caseworker.user.id],
    lawyerId: team.lawyer?.user.id ?? null,
  });
}

/** Audit events of an action, oldest first, with their meta parsed. */
export async function auditOf(app: FastifyInstance, action: string) {
  const rows = await app.db.auditEvent.findMany({ where: { action }, orderBy: { id: 'asc' } });
  return rows.map((row) => ({
    ...row,
    meta: row.meta ? (JSON.parse(row.meta) as Record<string, unknown>) : null,
  }));
}
