import {
  forgetPersonBodySchema,
  forgetPersonResponseSchema,
  idParamsSchema,
  retentionPreviewResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { RETENTION_CRON, RETENTION_QUEUE, createRetentionService } from './retention-service';

const tags = ['casework'];

const retentionRoutes: FastifyPluginAsyncZod = async (app) => {
  const retention = createRetentionService({
    db: app.db,
    vault: app.vault,
    storage: app.storage,
    log: app.log,
  });
  await app.jobs.work(RETENTION_QUEUE, async () => {
    const result = await retention.sweep();
    if (result.people || result.failed) app.log.info(result, 'casework retention: expired people erased');
    if (result.failed) throw new Error(`Casework retention could not erase ${result.failed} people`);
  });
  await app.jobs.schedule(RETENTION_QUEUE, RETENTION_CRON);

  app.get(
    '/api/casework/retention/preview',
    {
      schema: {
        tags,
        summary: 'Dry run of the retention job: who would be erased now, with their closed cases',
        response: { 200: retentionPreviewResponseSchema, ...errorResponses(401, 403) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async () => retention.preview(),
  );

  app.post(
    '/api/people/:id/forget',
    {
      schema: {
        tags,
        summary:
          'Forget this person: erase their personal data, notes and documents now (type the alias to confirm)',
        params: idParamsSchema,
        body: forgetPersonBodySchema,
        response: { 200: forgetPersonResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async (request) => {
      const erasure = await retention.forget(actorOf(request), request.params.id, request.body);
      return {
        erasure: {
          personId: erasure.personId,
          alias: erasure.alias,
          erasedAt: erasure.erasedAt,
          ...erasure.counts,
        },
      };
    },
  );
};

export default retentionRoutes;
