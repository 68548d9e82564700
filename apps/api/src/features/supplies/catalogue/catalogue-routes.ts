import {
  createSupplyItemBodySchema,
  idParamsSchema,
  itemStockResponseSchema,
  okResponseSchema,
  setThresholdsBodySchema,
  supplyItemListQuerySchema,
  supplyItemListResponseSchema,
  supplyItemResponseSchema,
  updateSupplyItemBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { itemStock } from '../stock/item-stock';
import { createCatalogueService } from './catalogue-service';

const tags = ['supplies'];

/** The catalogue: everyone with supplies.read sees it; administrators edit it like a vocabulary. */
const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  const catalogue = createCatalogueService(app.db, app.services.audit);

  app.get(
    '/api/supplies/items',
    {
      schema: {
        tags,
        summary: 'Catalogue items, by name (search code and names with q)',
        querystring: supplyItemListQuerySchema,
        response: { 200: supplyItemListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => catalogue.list(request.query),
  );

  app.post(
    '/api/supplies/items',
    {
      schema: {
        tags,
        summary: 'Add an item to the catalogue',
        body: createSupplyItemBodySchema,
        response: { 200: supplyItemResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('vocabularies.manage'),
      config: { idempotent: true },
    },
    async (request) => ({ item: await catalogue.create(actorOf(request), request.body) }),
  );

  app.get(
    '/api/supplies/items/:id',
    {
      schema: {
        tags,
        summary: 'An item with its stock per location and batch, and its thresholds',
        params: idParamsSchema,
        response: { 200: itemStockResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => itemStock(app.db, request.params.id),
  );

  app.patch(
    '/api/supplies/items/:id',
    {
      schema: {
        tags,
        summary: 'Rename, recategorise or deactivate an item (its code stays)',
        params: idParamsSchema,
        body: updateSupplyItemBodySchema,
        response: { 200: supplyItemResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('vocabularies.manage'),
    },
    async (request) => ({ item: await catalogue.update(actorOf(request), request.params.id, request.body) }),
  );

  app.put(
    '/api/supplies/items/:id/thresholds',
    {
      schema: {
        tags,
        summary: 'Set the low-stock thresholds of an item, one per location',
        params: idParamsSchema,
        body: setThresholdsBodySchema,
        response: { 200: okResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('supplies.stocktake'),
    },
    async (request) => {
      await catalogue.setThresholds(actorOf(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );
};

export default catalogueRoutes;
