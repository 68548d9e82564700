import {
  createPersonBodySchema,
  idParamsSchema,
  personListQuerySchema,
  personListResponseSchema,
  personPersonalResponseSchema,
  personResponseSchema,
  personalReadQuerySchema,
  updatePersonBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createPeopleService } from './people-service';

const tags = ['casework'];

const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const people = createPeopleService(app.db, app.vault);

  app.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'People the reader reaches, by alias (no personal fields)',
        querystring: personListQuerySchema,
        response: { 200: personListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => people.list(actorOf(request), request.query),
  );

  app.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Register a person with their consent (send an Idempotency-Key so a retry never duplicates)',
        body: createPersonBodySchema,
        response: { 200: personResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('cases.write'),
      config: { idempotent: true },
    },
    async (request) => ({ person: await people.create(actorOf(request), request.body) }),
  );

  app.get(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'A person: coded fields, consents, cases; which personal fields are set, not their values',
        params: idParamsSchema,
        response: { 200: personResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => ({ person: await people.get(actorOf(request), request.params.id) }),
  );

  app.get(
    '/api/people/:id/personal',
    {
      schema: {
        tags,
        summary: 'Reveal personal fields (all, or ?fields=legalName,contacts); every read is audited',
        params: idParamsSchema,
        querystring: personalReadQuerySchema,
        response: { 200: personPersonalResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read_personal'),
    },
    async (request) => ({
      personal: await people.readPersonal(actorOf(request), request.params.id, request.query.fields),
    }),
  );

  app.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person (version-checked; personal fields need the right to read them)',
        params: idParamsSchema,
        body: updatePersonBodySchema,
        response: { 200: personResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => ({ person: await people.update(actorOf(request), request.params.id, request.body) }),
  );
};

export default peopleRoutes;
