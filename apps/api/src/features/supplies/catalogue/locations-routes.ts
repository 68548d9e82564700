import {
  idParamsSchema,
  stockLocationInputSchema,
  stockLocationListQuerySchema,
  stockLocationListResponseSchema,
  stockLocationResponseSchema,
  updateStockLocationBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createLocationsService } from './locations-service';

const tags = ['supplies'];

const locationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const locations = createLocationsService(app.db, app.services.audit);

  app.get(
    '/api/supplies/locations',
    {
      schema: {
        tags,
        summary: 'Warehouses, vans and distribution points',
        querystring: stockLocationListQuerySchema,
        response: { 200: stockLocationListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ({ locations: await locations.list(request.query.includeInactive === 'true') }),
  );

  app.post(
    '/api/supplies/locations',
    {
      schema: {
        tags,
        summary: 'Add a stock location',
        body: stockLocationInputSchema,
        response: { 200: stockLocationResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('supplies.stocktake'),
      config: { idempotent: true },
    },
    async (request) => ({ location: await locations.create(actorOf(request), request.body) }),
  );

  app.patch(
    '/api/supplies/locations/:id',
    {
      schema: {
        tags,
        summary: 'Rename, relink or close a stock location',
        params: idParamsSchema,
        body: updateStockLocationBodySchema,
        response: { 200: stockLocationResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('supplies.stocktake'),
    },
    async (request) => ({
      location: await locations.update(actorOf(request), request.params.id, request.body),
    }),
  );
};

export default locationsRoutes;
