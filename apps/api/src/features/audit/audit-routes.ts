import { auditListQuerySchema, auditListResponseSchema } from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';

const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['administration'],
        summary: 'The audit log, newest first (keyset pages)',
        querystring: auditListQuerySchema,
        response: { 200: auditListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('audit.read'),
    },
    async (request) => app.services.audit.list(actorOf(request), request.query),
  );
};

export default auditRoutes;
