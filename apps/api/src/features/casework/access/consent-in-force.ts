import type { ConsentScope } from '@vigil/contracts';
import type { DbOrTx } from '@vigil/db';

interface ConsentRecord {
  scopes: ConsentScope[];
  givenAt: Date;
  createdAt: Date;
  withdrawnAt: Date | null;
}

/**
 * The scopes of the latest consent, none once it is withdrawn: a newer consent supersedes the older
 * ones, so withdrawing it must not bring an older, wider one back into force.
 */
export function consentScopesInForce(consents: readonly ConsentRecord[]): ConsentScope[] {
  const latest = [...consents].sort(
    (a, b) => b.givenAt.getTime() - a.givenAt.getTime() || b.createdAt.getTime() - a.createdAt.getTime(),
  )[0];
  return latest && latest.withdrawnAt === null ? [...latest.scopes] : [];
}

/** Whether the person's consent in force covers `scope` (one indexed lookup of the latest consent). */
export async function consentCovers(db: DbOrTx, personId: string, scope: ConsentScope): Promise<boolean> {
  const latest = await db.consent.findFirst({
    where: { personId },
    orderBy: [{ givenAt: 'desc' }, { createdAt: 'desc' }],
    select: { scopes: true, withdrawnAt: true },
  });
  return !!latest && latest.withdrawnAt === null && latest.scopes.includes(scope);
}
