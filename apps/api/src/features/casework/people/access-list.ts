import type { SensitivityFlag } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { auditCaseworkChange } from '../access/casework-audit';

/** Puts someone on a person's access list (who may see a sensitive person's personal fields). */
export async function grantAccess(
  tx: DbOrTx,
  actor: Actor,
  grant: { personId: string; userId: string; reason: string },
  automatic = false,
): Promise<void> {
  await tx.personAccessGrant.create({ data: { ...grant, grantedById: actor.userId } });
  await auditCaseworkChange(tx, actor, {
    action: 'person.access_granted',
    personId: grant.personId,
    meta: { userId: grant.userId, automatic },
  });
}

/**
 * Whoever sets a sensitivity flag keeps seeing what they entered: they go on the access list. Call it
 * only for an actor who could already read the person's personal fields, so that adding a flag is
 * never a way onto the list of someone already flagged.
 */
export async function grantFlagSetter(
  tx: DbOrTx,
  actor: Actor,
  change: {
    personId: string;
    before: readonly SensitivityFlag[];
    after: readonly SensitivityFlag[];
    reason: string;
  },
): Promise<void> {
  if (!change.after.some((flag) => !change.before.includes(flag))) return;
  const existing = await tx.personAccessGrant.findUnique({
    where: { personId_userId: { personId: change.personId, userId: actor.userId } },
    select: { userId: true },
  });
  if (!existing)
    await grantAccess(
      tx,
      actor,
      { personId: change.personId, userId: actor.userId, reason: change.reason },
      true,
    );
}
