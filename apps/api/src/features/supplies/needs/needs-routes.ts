import {
  createNeedBodySchema,
  idParamsSchema,
  needListQuerySchema,
  needListResponseSchema,
  needResponseSchema,
  updateNeedBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createNeedsService } from './needs-service';

const tags = ['supplies'];

const needsRoutes: FastifyPluginAsyncZod = async (app) => {
  const needs = createNeedsService(app.db);

  app.get(
    '/api/supplies/needs',
    {
      schema: {
        tags,
        summary: 'Needs by date, each line against what was delivered and what is available',
        querystring: needListQuerySchema,
        response: { 200: needListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ({ needs: await needs.list(request.query) }),
  );

  app.post(
    '/api/supplies/needs',
    {
      schema: {
        tags,
        summary: 'Record what a site or partner asks for, by a date',
        body: createNeedBodySchema,
        response: { 200: needResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('supplies.write'),
      config: { idempotent: true },
    },
    async (request) => ({ need: await needs.create(actorOf(request), request.body) }),
  );

  app.get(
    '/api/supplies/needs/:id',
    {
      schema: {
        tags,
        summary: 'A need with its coverage',
        params: idParamsSchema,
        response: { 200: needResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ({ need: await needs.get(request.params.id) }),
  );

  app.patch(
    '/api/supplies/needs/:id',
    {
      schema: {
        tags,
        summary: 'Change a need, or mark it met or cancelled',
        params: idParamsSchema,
        body: updateNeedBodySchema,
        response: { 200: needResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('supplies.write'),
    },
    async (request) => ({ need: await needs.update(request.params.id, request.body) }),
  );
};

export default needsRoutes;
