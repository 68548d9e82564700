import {
  createVocabularyTermBodySchema,
  idParamsSchema,
  updateVocabularyTermBodySchema,
  vocabularyListQuerySchema,
  vocabularyListResponseSchema,
  vocabularyTermResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';

const tags = ['vocabularies'];

const vocabulariesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { vocabularies } = app.services;

  app.get(
    '/api/vocabularies',
    {
      schema: {
        tags,
        summary: 'Controlled vocabularies (act types, forces, property types), bilingual',
        querystring: vocabularyListQuerySchema,
        response: { 200: vocabularyListResponseSchema, ...errorResponses(400, 401) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => ({
      terms: await vocabularies.list(request.query.kind, request.query.includeInactive === 'true'),
    }),
  );

  app.post(
    '/api/vocabularies',
    {
      schema: {
        tags,
        summary: 'Add a term',
        body: createVocabularyTermBodySchema,
        response: { 200: vocabularyTermResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('vocabularies.manage'),
    },
    async (request) => ({ term: await vocabularies.create(actorOf(request), request.body) }),
  );

  app.patch(
    '/api/vocabularies/:id',
    {
      schema: {
        tags,
        summary: 'Relabel, move, reorder or deactivate a term',
        params: idParamsSchema,
        body: updateVocabularyTermBodySchema,
        response: { 200: vocabularyTermResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('vocabularies.manage'),
    },
    async (request) => ({
      term: await vocabularies.update(actorOf(request), request.params.id, request.body),
    }),
  );
};

export default vocabulariesRoutes;
