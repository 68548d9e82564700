import type { DbOrTx } from '@vigil/db';
import { AppError } from '../../../lib/app-error';

export const staleCase = () => AppError.conflict('Someone changed this case meanwhile: reload it');

/**
 * Marks the case as active now and locks its row for the rest of the transaction, so that two
 * people acting on the same case (setting the same flag…) queue instead of both succeeding.
 */
export function touchCase(tx: DbOrTx, caseId: string) {
  return tx.case.update({ where: { id: caseId }, data: { updatedAt: new Date() }, select: { id: true } });
}
