import {
  createSavedFilterBodySchema,
  idParamsSchema,
  okResponseSchema,
  savedFilterListResponseSchema,
  savedFilterResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { AppError } from '../../lib/app-error';
import { errorResponses } from '../../lib/route-schema';

const tags = ['incidents'];
const select = { id: true, name: true, query: true, createdAt: true } as const;

/** A user's own named incident filters (sharing one is sharing its URL). Small enough for no service. */
const savedFiltersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/saved-filters',
    {
      schema: {
        tags,
        summary: 'My saved incident filters',
        response: { 200: savedFilterListResponseSchema, ...errorResponses(401, 403) },
      },
      onRequest: app.authorize('incidents.read'),
    },
    async (request) => ({
      filters: await app.db.savedFilter.findMany({
        where: { ownerId: actorOf(request).userId },
        orderBy: { createdAt: 'desc' },
        select,
      }),
    }),
  );

  app.post(
    '/api/saved-filters',
    {
      schema: {
        tags,
        summary: 'Save the current incident filter under a name',
        body: createSavedFilterBodySchema,
        response: { 200: savedFilterResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('incidents.read'),
    },
    async (request) => ({
      filter: await app.db.savedFilter.create({
        data: { ...request.body, ownerId: actorOf(request).userId },
        select,
      }),
    }),
  );

  app.delete(
    '/api/saved-filters/:id',
    {
      schema: {
        tags,
        summary: 'Delete one of my saved filters',
        params: idParamsSchema,
        response: { 200: okResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: app.authorize('incidents.read'),
    },
    async (request) => {
      const { count } = await app.db.savedFilter.deleteMany({
        where: { id: request.params.id, ownerId: actorOf(request).userId },
      });
      if (count === 0) throw AppError.notFound('Saved filter');
      return { ok: true as const };
    },
  );
};

export default savedFiltersRoutes;
