import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../lib/route-schema';
import { createReadiness } from './readiness';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({ status: z.literal('ready'), migrations: z.number().int() });

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const readiness = createReadiness(app.db, app.config.MIGRATIONS_DIR);

  app.get(
    '/healthz',
    {
      schema: { tags: ['health'], summary: 'The process is up', response: { 200: healthSchema } },
      onRequest: app.authorize('public'),
      config: { rateLimit: false },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The database is reachable and every migration is applied',
        response: { 200: readySchema, ...errorResponses(503) },
      },
      onRequest: app.authorize('public'),
      config: { rateLimit: false },
    },
    async () => ({ status: 'ready' as const, migrations: await readiness.check() }),
  );
};

export default healthRoutes;
