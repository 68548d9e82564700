import { can } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import type { Actor } from '../../lib/actor';
import { visiblePeopleWhere } from '../casework/access/case-access';

/**
 * The casework people linked to these victims that the reader reaches, by id. Everyone else sees the
 * pseudonymous victim only: that a victim is someone the collective supports is itself casework data.
 */
export async function linkedPeopleOf(
  db: DbOrTx,
  actor: Actor,
  victims: readonly { personId: string | null }[],
): Promise<Map<string, { id: string; alias: string }> | undefined> {
  const ids = [...new Set(victims.flatMap((v) => (v.personId ? [v.personId] : [])))];
  if (ids.length === 0 || !can(actor.role, 'cases.read')) return undefined;
  const people = await db.person.findMany({
    where: { AND: [{ id: { in: ids } }, visiblePeopleWhere(actor)] },
    select: { id: true, alias: true },
  });
  return new Map(people.map((p) => [p.id, p]));
}
