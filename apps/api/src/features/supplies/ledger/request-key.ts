import type { FastifyRequest } from 'fastify';
import type { IdempotencyClaim } from '../../../plugins/app/idempotency';

/**
 * The Idempotency-Key of a stock request, stored with the operation it writes (unique per actor): a
 * retry can never count twice. The ledger marks it `replayed` when it answers with the first operation.
 */
export type LedgerKey = Pick<IdempotencyClaim, 'key' | 'requestHash' | 'replayed'>;

export function requestKeyOf(request: FastifyRequest): LedgerKey | null {
  return request.idempotencyClaim;
}
