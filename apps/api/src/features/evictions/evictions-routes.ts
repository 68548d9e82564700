import {
  evictionInputSchema,
  evictionListQuerySchema,
  evictionListResponseSchema,
  evictionLogEntryBodySchema,
  evictionResponseSchema,
  evictionReviewBodySchema,
  idParamsSchema,
  updateEvictionBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { createEvictionsService } from './evictions-service';

const tags = ['evictions'];
const idempotent = { idempotent: true };

const evictionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const evictions = createEvictionsService(app.db, app.services.audit);

  app.get(
    '/api/evictions',
    {
      schema: {
        tags,
        summary: 'Eviction records, newest first',
        querystring: evictionListQuerySchema,
        response: { 200: evictionListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('evictions.read'),
    },
    async (request) => evictions.list(actorOf(request), request.query),
  );

  app.post(
    '/api/evictions',
    {
      schema: {
        tags,
        summary: 'Start an eviction record (a draft; send an Idempotency-Key so a retry never duplicates it)',
        body: evictionInputSchema,
        response: { 200: evictionResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('evictions.write'),
      config: idempotent,
    },
    async (request) => ({ eviction: await evictions.create(actorOf(request), request.body) }),
  );

  app.get(
    '/api/evictions/:id',
    {
      schema: {
        tags,
        summary: 'An eviction record with its observation log',
        params: idParamsSchema,
        response: { 200: evictionResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('evictions.read'),
    },
    async (request) => ({ eviction: await evictions.get(actorOf(request), request.params.id) }),
  );

  app.put(
    '/api/evictions/:id',
    {
      schema: {
        tags,
        summary: 'Save the record (drafts by their author; submitted ones by a reviewer only)',
        params: idParamsSchema,
        body: updateEvictionBodySchema,
        response: { 200: evictionResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('evictions.write'),
    },
    async (request) => ({
      eviction: await evictions.update(actorOf(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/api/evictions/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a draft (then it changes only through log corrections)',
        params: idParamsSchema,
        response: { 200: evictionResponseSchema, ...errorResponses(401, 403, 404, 409) },
      },
      onRequest: app.authorize('evictions.write'),
    },
    async (request) => ({ eviction: await evictions.submit(actorOf(request), request.params.id) }),
  );

  app.post(
    '/api/evictions/:id/review',
    {
      schema: {
        tags,
        summary: 'Mark a submitted record reviewed (not by its author)',
        params: idParamsSchema,
        body: evictionReviewBodySchema,
        response: { 200: evictionResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('evictions.review'),
    },
    async (request) => ({
      eviction: await evictions.review(actorOf(request), request.params.id, request.body.version),
    }),
  );

  app.post(
    '/api/evictions/:id/log',
    {
      schema: {
        tags,
        summary: 'Append to the observation log (a correction references the entry it corrects)',
        params: idParamsSchema,
        body: evictionLogEntryBodySchema,
        response: { 200: evictionResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('evictions.write'),
      config: idempotent,
    },
    async (request) => ({
      eviction: await evictions.appendLog(actorOf(request), request.params.id, request.body),
    }),
  );
};

export default evictionsRoutes;
