import { Prisma } from '@vigil/db';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';
import { sha256Hex } from '../../lib/secrets';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route honours an Idempotency-Key header: a retry gets the first answer, not a second write. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotencyClaim: { userId: string; key: string } | null;
  }
}

/** A claimed key whose request never finished (process killed) may be retried after this long. */
const STALE_MS = 2 * 60_000;
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;

export default fp(
  async (app) => {
    app.decorateRequest('idempotencyClaim', null);

    app.addHook('preHandler', async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (!request.routeOptions.config.idempotent || key === undefined || !request.auth) return;
      if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
        throw AppError.invalid('headers/idempotency-key', '8 to 200 letters, digits or _.:-');
      }
      const userId = request.auth.user.id;
      const requestHash = sha256Hex(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`);
      // Claiming the key first means two simultaneous retries cannot both run.
      const claimed = await app.db.$executeRaw`
        INSERT INTO idempotency_keys (user_id, key, method, path, request_hash)
        VALUES (${userId}::uuid, ${key}, ${request.method}, ${request.url}, ${requestHash})
        ON CONFLICT DO NOTHING`;
      if (claimed === 1) {
        request.idempotencyClaim = { userId, key };
        return;
      }
      const row = await app.db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
      if (!row || row.requestHash !== requestHash) {
        throw AppError.conflict('This Idempotency-Key was already used for a different request', [
          { path: 'headers/idempotency-key', message: 'Use a new key for a new request' },
        ]);
      }
      if (row.statusCode === null || row.response === null) {
        const taken = await app.db.idempotencyKey.updateMany({
          where: { userId, key, statusCode: null, createdAt: { lt: new Date(Date.now() - STALE_MS) } },
          data: { createdAt: new Date() },
        });
        if (taken.count === 0) throw AppError.conflict('The same request is still being processed: retry shortly');
        request.idempotencyClaim = { userId, key };
        return;
      }
      return reply.code(row.statusCode).header('idempotent-replayed', 'true').type('application/json').send(row.response);
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const claim = request.idempotencyClaim;
      if (!claim) return payload;
      const where = { userId_key: claim };
      if (reply.statusCode < 300 && typeof payload === 'string') {
        await app.db.idempotencyKey.update({ where, data: { statusCode: reply.statusCode, response: payload } });
      } else {
        // A refused request wrote nothing: free the key so a corrected retry can use it.
        await app.db.idempotencyKey.delete({ where }).catch((error: unknown) => {
          if (!(error instanceof Prisma.PrismaClientKnownRequestError)) throw error;
        });
      }
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['db'] },
);
