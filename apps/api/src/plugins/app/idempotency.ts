import { Prisma, sqlOf } from '@vigil/db';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';
import { KeyRing, decrypt, encrypt } from '../../lib/secrets';

/** A request's Idempotency-Key, checked and fingerprinted. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  /** Keyed fingerprint of method, URL and body: the same key with another request is refused. */
  requestHash: string;
  /** Who keeps the key with the first answer: this plugin, or the route's own store (see 'ledger'). */
  keptBy: 'plugin' | 'ledger';
  /** Set by a route that keeps its own keys when it answers with the first request's result. */
  replayed: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route honours an Idempotency-Key header: a retry gets the first answer, not a second write.
     * 'ledger': the route stores the key and fingerprint with what it writes, in the same statement
     * (the stock ledger), and rebuilds the first answer from it; this plugin then only checks and
     * fingerprints the key, which spares the busiest writes two round trips to the database.
     */
    idempotent?: boolean | 'ledger';
  }
  interface FastifyRequest {
    idempotencyClaim: IdempotencyClaim | null;
  }
}

/** A claimed key whose request never finished (process killed) may be retried after this long. */
const STALE_SECONDS = 120;
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;

interface ClaimRow {
  claimed: boolean;
  request_hash: string | null;
  status_code: number | null;
  response: string | null;
}

const stillRunning = () => AppError.conflict('The same request is still being processed: retry shortly');

export default fp(
  async (app) => {
    app.decorateRequest('idempotencyClaim', null);
    // Stored answers can hold personal data (a note just written, a name just registered): they are
    // kept encrypted, and the request fingerprint is keyed so that it cannot be tested against guesses.
    const keys = new KeyRing(app.config.MASTER_KEY);
    const responseKey = keys.derive('idempotency-response');

    app.addHook('preHandler', async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (!request.routeOptions.config.idempotent || key === undefined || !request.auth) return;
      if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
        throw AppError.invalid('headers/idempotency-key', '8 to 200 letters, digits or _.:-');
      }
      const userId = request.auth.user.id;
      const requestHash = keys.hmac(
        'idempotency-request',
        `${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`,
      );
      if (request.routeOptions.config.idempotent === 'ledger') {
        request.idempotencyClaim = { userId, key, requestHash, keptBy: 'ledger', replayed: false };
        return;
      }
      // One statement claims the key: a new key is inserted; a key whose request died mid-way (no answer
      // stored, older than STALE_SECONDS, same request) is taken over. The unique key makes two
      // simultaneous retries wait for each other and only one of them claim. Otherwise the row as it was
      // before this statement tells why not; when the statement cannot see it, a concurrent request
      // claimed it a moment ago and is still running.
      const [row] = await sqlOf(app.db).query<ClaimRow>(Prisma.sql`
        WITH claim AS (
          INSERT INTO idempotency_keys AS k (user_id, key, method, path, request_hash)
          VALUES (${userId}::uuid, ${key}, ${request.method}, ${request.url}, ${requestHash})
          ON CONFLICT (user_id, key) DO UPDATE SET created_at = now()
            WHERE k.status_code IS NULL AND k.request_hash = EXCLUDED.request_hash
              AND k.created_at < now() - make_interval(secs => ${STALE_SECONDS})
          RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM claim) AS claimed, k.request_hash, k.status_code, k.response
        FROM (SELECT 1) AS one LEFT JOIN idempotency_keys k ON k.user_id = ${userId}::uuid AND k.key = ${key}`);
      if (row?.claimed) {
        request.idempotencyClaim = { userId, key, requestHash, keptBy: 'plugin', replayed: false };
        return;
      }
      if (!row?.request_hash) throw stillRunning();
      if (row.request_hash !== requestHash) {
        throw AppError.conflict('This Idempotency-Key was already used for a different request', [
          { path: 'headers/idempotency-key', message: 'Use a new key for a new request' },
        ]);
      }
      if (row.status_code === null || row.response === null) throw stillRunning();
      return reply
        .code(row.status_code)
        .header('idempotent-replayed', 'true')
        .type('application/json')
        .send(decrypt(responseKey, row.response));
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const claim = request.idempotencyClaim;
      if (!claim) return payload;
      if (claim.replayed) reply.header('idempotent-replayed', 'true');
      if (claim.keptBy === 'ledger') return payload;
      try {
        if (reply.statusCode < 300 && typeof payload === 'string') {
          await sqlOf(app.db).query(Prisma.sql`
            UPDATE idempotency_keys SET status_code = ${reply.statusCode}, response = ${encrypt(responseKey, payload)}
            WHERE user_id = ${claim.userId}::uuid AND key = ${claim.key}`);
        } else {
          // A refused request wrote nothing: free the key so a corrected retry can use it.
          await sqlOf(app.db).query(Prisma.sql`
            DELETE FROM idempotency_keys
            WHERE user_id = ${claim.userId}::uuid AND key = ${claim.key} AND status_code IS NULL`);
        }
      } catch (err) {
        // The database went away meanwhile (a refusal is often because of that). The answer still goes
        // out as it is: thrown here, the driver's message would replace it. The claim stays unanswered,
        // so a retry waits (409) until it is stale, then runs again: harmless after a refusal; after a
        // committed write only the stock ledger (which keeps the key, unique) refuses the second one.
        request.log.warn({ err }, 'could not record the answer of an idempotent request');
      }
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['db'] },
);
