import type { DbOrTx } from '@vigil/db';
import type { Actor } from '../../../lib/actor';
import { AppError } from '../../../lib/app-error';
import { assertCaseVisible, assertMayReadPersonal } from '../access/case-access';

/**
 * A case whose sealed content (notes, documents) the actor may open: reachable (404 otherwise) and
 * its person's personal data readable by them (403 otherwise, e.g. a sensitivity flag without a grant).
 */
export async function assertCasePersonal(db: DbOrTx, actor: Actor, caseId: string) {
  const found = await assertCaseVisible(db, actor, caseId);
  await assertMayReadPersonal(db, actor, { id: found.personId, sensitivity: found.person.sensitivity });
  return found;
}

/** Like assertCasePersonal, for adding content: an erased case takes no new personal data (409). */
export async function assertCaseWritablePersonal(db: DbOrTx, actor: Actor, caseId: string) {
  const found = await assertCasePersonal(db, actor, caseId);
  if (found.erasedAt)
    throw AppError.conflict("This case's personal data was erased: it takes no new notes or documents");
  return found;
}
