import type { FastifyRequest } from 'fastify';

/** The Idempotency-Key the idempotency plugin claimed for this request, stored with the operation. */
export function requestKeyOf(request: FastifyRequest): string | null {
  return request.idempotencyClaim?.key ?? null;
}
