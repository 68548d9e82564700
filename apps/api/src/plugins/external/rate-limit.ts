import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';
import { sha256Hex } from '../../lib/secrets';

/**
 * A per-process ceiling on requests per client address, a first line against floods. Login back-off
 * that must hold across instances lives in PostgreSQL (features/auth/login-throttle.ts).
 */
export default fp(
  async (app) => {
    await app.register(rateLimit, {
      global: true,
      max: app.config.RATE_LIMIT_PER_MINUTE,
      timeWindow: 60_000,
      // Dashboard users all reach the API from the dashboard's server: counting per session keeps one
      // busy user from slowing the others. Anonymous calls count per client address.
      keyGenerator: (request) => {
        const header = request.headers.authorization;
        return header?.startsWith('Bearer ') ? `session:${sha256Hex(header.slice(7))}` : `ip:${request.ip}`;
      },
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `Too many requests: retry in ${Math.ceil(context.ttl / 1000)} s`),
    });
  },
  { name: 'rate-limit' },
);
