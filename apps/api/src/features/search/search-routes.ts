import { searchQuerySchema, searchResponseSchema } from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { createSearchService } from './search-service';

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const search = createSearchService(app.db, app.services.audit, app.services.incidents);

  app.get(
    '/api/search',
    {
      schema: {
        tags: ['search'],
        summary:
          'Sites, incidents, evictions, supply items, cases and people matching a text, grouped by module: only the modules and records the reader may read',
        querystring: searchQuerySchema,
        response: { 200: searchResponseSchema, ...errorResponses(400, 401) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => search.search(actorOf(request), request.query),
  );
};

export default searchRoutes;
