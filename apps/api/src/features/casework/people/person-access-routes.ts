import {
  accessGrantBodySchema,
  accessGrantListResponseSchema,
  grantParamsSchema,
  idParamsSchema,
  personAccessLogQuerySchema,
  personAccessLogResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createPersonAccessService } from './person-access-service';

const tags = ['casework'];

const personAccessRoutes: FastifyPluginAsyncZod = async (app) => {
  const access = createPersonAccessService(app.db);

  app.get(
    '/api/people/:id/grants',
    {
      schema: {
        tags,
        summary: "A person's access list: who sees their personal fields despite a sensitivity flag",
        params: idParamsSchema,
        response: { 200: accessGrantListResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async (request) => ({ grants: await access.list(actorOf(request), request.params.id) }),
  );

  app.post(
    '/api/people/:id/grants',
    {
      schema: {
        tags,
        summary: 'Put a member on the access list, with a reason (audited)',
        params: idParamsSchema,
        body: accessGrantBodySchema,
        response: { 200: accessGrantListResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async (request) => ({ grants: await access.grant(actorOf(request), request.params.id, request.body) }),
  );

  app.delete(
    '/api/people/:id/grants/:userId',
    {
      schema: {
        tags,
        summary: 'Take a member off the access list (audited)',
        params: grantParamsSchema,
        response: { 200: accessGrantListResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async (request) => ({
      grants: await access.revoke(actorOf(request), request.params.id, request.params.userId),
    }),
  );

  app.get(
    '/api/people/:id/access-log',
    {
      schema: {
        tags,
        summary: "Who read or changed this person's data, newest first (names of fields, never values)",
        params: idParamsSchema,
        querystring: personAccessLogQuerySchema,
        response: { 200: personAccessLogResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => access.log(actorOf(request), request.params.id, request.query),
  );
};

export default personAccessRoutes;
