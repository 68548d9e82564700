import {
  evictionStatsQuerySchema,
  evictionStatsResponseSchema,
  idParamsSchema,
  siteEvictionStatsQuerySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { createEvictionStatsService } from './eviction-stats';

const tags = ['evictions'];

const evictionStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  const stats = createEvictionStatsService(app.db);

  app.get(
    '/api/evictions/stats',
    {
      schema: {
        tags,
        summary:
          'Eviction patterns for a filter: timeline and intervals per site, months, legal basis, property, forces, people',
        querystring: evictionStatsQuerySchema,
        response: { 200: evictionStatsResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('evictions.read'),
    },
    async (request) => ({ stats: await stats.forFilter(actorOf(request), request.query) }),
  );

  app.get(
    '/api/sites/:id/evictions/stats',
    {
      schema: {
        tags,
        summary: 'Eviction patterns at one site ("every 48 hours"), with the same filter and figures',
        params: idParamsSchema,
        querystring: siteEvictionStatsQuerySchema,
        response: { 200: evictionStatsResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('evictions.read'),
    },
    async (request) => ({
      stats: await stats.forSite(actorOf(request), request.params.id, request.query),
    }),
  );
};

export default evictionStatsRoutes;
