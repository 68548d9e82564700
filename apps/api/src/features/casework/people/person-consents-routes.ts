import {
  consentBodySchema,
  consentParamsSchema,
  idParamsSchema,
  personResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createPeopleService } from './people-service';
import { createPersonConsentsService } from './person-consents-service';

const tags = ['casework'];

/** Both answer with the person, whose consentScopes tell the dashboard what may still be kept. */
const personConsentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const people = createPeopleService(app.db, app.vault);
  const consents = createPersonConsentsService(app.db);

  app.post(
    '/api/people/:id/consents',
    {
      schema: {
        tags,
        summary: 'Record a new consent, superseding the previous one',
        params: idParamsSchema,
        body: consentBodySchema,
        response: { 200: personResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
      config: { idempotent: true },
    },
    async (request) => {
      const actor = actorOf(request);
      await consents.give(actor, request.params.id, request.body);
      return { person: await people.get(actor, request.params.id) };
    },
  );

  app.post(
    '/api/people/:id/consents/:consentId/withdraw',
    {
      schema: {
        tags,
        summary:
          'Withdraw a consent (stored contacts stay until removed: the answer shows the scopes in force)',
        params: consentParamsSchema,
        response: { 200: personResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => {
      const actor = actorOf(request);
      await consents.withdraw(actor, request.params.id, request.params.consentId);
      return { person: await people.get(actor, request.params.id) };
    },
  );
};

export default personConsentsRoutes;
