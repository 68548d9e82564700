import {
  createPartnerBodySchema,
  idParamsSchema,
  partnerListQuerySchema,
  partnerListResponseSchema,
  partnerResponseSchema,
  updatePartnerBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createPartnersService } from './partners-service';

const tags = ['casework'];

const partnersRoutes: FastifyPluginAsyncZod = async (app) => {
  const partners = createPartnersService(app.db, app.vault);

  app.get(
    '/api/partners',
    {
      schema: {
        tags,
        summary: 'The directory of partner organisations and solicitors, by name',
        description:
          'Restricted notes are shown only to readers of personal data (null otherwise); opening them is audited.',
        querystring: partnerListQuerySchema,
        response: { 200: partnerListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => ({ partners: await partners.list(actorOf(request), request.query) }),
  );

  app.post(
    '/api/partners',
    {
      schema: {
        tags,
        summary: 'Add a partner organisation or solicitor to the directory',
        body: createPartnerBodySchema,
        response: { 200: partnerResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('cases.manage_all'),
      config: { idempotent: true },
    },
    async (request) => ({ partner: await partners.create(actorOf(request), request.body) }),
  );

  app.patch(
    '/api/partners/:id',
    {
      schema: {
        tags,
        summary: 'Change a partner, its restricted notes (null clears them), or mark it inactive',
        params: idParamsSchema,
        body: updatePartnerBodySchema,
        response: { 200: partnerResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async (request) => ({
      partner: await partners.update(actorOf(request), request.params.id, request.body),
    }),
  );
};

export default partnersRoutes;
