import { overviewQuerySchema, overviewResponseSchema } from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { createOverviewService } from './overview-service';

const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const overview = createOverviewService({ db: app.db, incidents: app.services.incidents });

  app.get(
    '/api/overview',
    {
      schema: {
        tags: ['overview'],
        summary: "The home page's figures for my role: one block per piece of work",
        description:
          'Every signed-in user may ask; each block is computed only when the role holds the permissions it reads with.',
        querystring: overviewQuerySchema,
        response: { 200: overviewResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => overview.forReader(actorOf(request), request.query),
  );
};

export default overviewRoutes;
