import {
  idParamsSchema,
  ledgerQuerySchema,
  ledgerResponseSchema,
  receiptBodySchema,
  stockOperationResponseSchema,
  stockOverviewQuerySchema,
  stockOverviewResponseSchema,
  transferBodySchema,
  writeOffBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { requestKeyOf } from '../ledger/request-key';
import { createStockService } from './stock-service';
import { ledgerPage, stockOverview } from './stock-queries';

const tags = ['supplies'];
const idempotent = { idempotent: 'ledger' as const };
const movementAnswers = { 200: stockOperationResponseSchema, ...errorResponses(400, 401, 403, 409) };

/** Recording stock movements (volunteers: supplies.write) and reading stock (supplies.read). */
const stockRoutes: FastifyPluginAsyncZod = async (app) => {
  const stock = createStockService(app.db);

  app.post(
    '/api/supplies/receipts',
    {
      schema: {
        tags,
        summary:
          'Record stock received: a donation, a purchase, surplus or salvage (send an Idempotency-Key)',
        body: receiptBodySchema,
        response: movementAnswers,
      },
      onRequest: app.authorize('supplies.write'),
      config: idempotent,
    },
    async (request) => ({
      operation: await stock.receive(actorOf(request), request.body, requestKeyOf(request)),
    }),
  );

  app.post(
    '/api/supplies/transfers',
    {
      schema: {
        tags,
        summary: 'Move stock between locations (both sides at once; 409 names what is short)',
        body: transferBodySchema,
        response: movementAnswers,
      },
      onRequest: app.authorize('supplies.write'),
      config: idempotent,
    },
    async (request) => ({
      operation: await stock.transfer(actorOf(request), request.body, requestKeyOf(request)),
    }),
  );

  app.post(
    '/api/supplies/write-offs',
    {
      schema: {
        tags,
        summary:
          'Write stock off: expired, damaged, or seized or destroyed by police (linked to the eviction or incident)',
        body: writeOffBodySchema,
        response: movementAnswers,
      },
      onRequest: app.authorize('supplies.write'),
      config: idempotent,
    },
    async (request) => ({
      operation: await stock.writeOff(actorOf(request), request.body, requestKeyOf(request)),
    }),
  );

  app.get(
    '/api/supplies/operations/:id',
    {
      schema: {
        tags,
        summary: 'One stock operation with its movements',
        params: idParamsSchema,
        response: { 200: stockOperationResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ({ operation: await stock.operation(request.params.id) }),
  );

  app.get(
    '/api/supplies/stock',
    {
      schema: {
        tags,
        summary: 'Stock overview: on hand, reserved and available per item, at a location or over all',
        querystring: stockOverviewQuerySchema,
        response: { 200: stockOverviewResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => stockOverview(app.db, request.query),
  );

  app.get(
    '/api/supplies/movements',
    {
      schema: {
        tags,
        summary: 'The stock ledger, newest first',
        querystring: ledgerQuerySchema,
        response: { 200: ledgerResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ledgerPage(app.db, request.query),
  );
};

export default stockRoutes;
