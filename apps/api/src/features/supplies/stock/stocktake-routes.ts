import {
  stocktakeConfirmBodySchema,
  stocktakeConfirmResponseSchema,
  stocktakePreviewBodySchema,
  stocktakePreviewResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { requestKeyOf } from '../ledger/request-key';
import { createStocktakeService } from './stocktake-service';

const tags = ['supplies'];

/** Stock-takes (supplies.stocktake: coordinators): counts become adjustments only once confirmed. */
const stocktakeRoutes: FastifyPluginAsyncZod = async (app) => {
  const stocktakes = createStocktakeService(app.db, app.services.audit);

  app.post(
    '/api/supplies/stocktakes/preview',
    {
      schema: {
        tags,
        summary: 'Compare counted quantities with the stock at a location (nothing is written)',
        body: stocktakePreviewBodySchema,
        response: { 200: stocktakePreviewResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('supplies.stocktake'),
    },
    async (request) => stocktakes.preview(request.body),
  );

  app.post(
    '/api/supplies/stocktakes',
    {
      schema: {
        tags,
        summary: 'Confirm a count: one adjustment movement per difference, with the reason',
        body: stocktakeConfirmBodySchema,
        response: { 200: stocktakeConfirmResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('supplies.stocktake'),
      config: { idempotent: true },
    },
    async (request) => stocktakes.confirm(actorOf(request), request.body, requestKeyOf(request)),
  );
};

export default stocktakeRoutes;
