import {
  createDistributionBodySchema,
  distributeBodySchema,
  distributionListQuerySchema,
  distributionListResponseSchema,
  distributionResponseSchema,
  distributionReturnsBodySchema,
  distributionVersionBodySchema,
  idParamsSchema,
  recordDistributionBodySchema,
  updateDistributionBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { requestKeyOf } from '../ledger/request-key';
import { createDistributionFlow } from './distribution-flow';
import { createDistributionsService } from './distributions-service';

const tags = ['supplies'];
const idempotent = { idempotent: true };
const answers = { 200: distributionResponseSchema, ...errorResponses(400, 401, 403, 404, 409) };

/** Distributions: volunteers plan, pack, hand out and count back (supplies.write); counts, never names. */
const distributionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const distributions = createDistributionsService(app.db);
  const flow = createDistributionFlow(app.db);
  const write = { onRequest: app.authorize('supplies.write'), config: idempotent };
  const step = <B extends z.ZodType>(summary: string, body: B) => ({
    schema: { tags, summary, params: idParamsSchema, body, response: answers },
    ...write,
  });

  app.get(
    '/api/supplies/distributions',
    {
      schema: {
        tags,
        summary: 'Distributions, latest first',
        querystring: distributionListQuerySchema,
        response: { 200: distributionListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => distributions.list(request.query),
  );

  app.post(
    '/api/supplies/distributions',
    {
      schema: { tags, summary: 'Plan a distribution', body: createDistributionBodySchema, response: answers },
      ...write,
    },
    async (request) => ({ distribution: await distributions.create(actorOf(request), request.body) }),
  );

  app.post(
    '/api/supplies/distributions/record',
    {
      schema: {
        tags,
        summary: 'Record a distribution after it happened: stock leaves now, people served by group',
        body: recordDistributionBodySchema,
        response: answers,
      },
      onRequest: app.authorize('supplies.write'),
      // The ledger keeps this key with the operation; a retry is answered from it.
      config: { idempotent: 'ledger' },
    },
    async (request) => ({
      distribution: await distributions.record(actorOf(request), request.body, requestKeyOf(request)),
    }),
  );

  app.get(
    '/api/supplies/distributions/:id',
    {
      schema: { tags, summary: 'A distribution with its lines', params: idParamsSchema, response: answers },
      onRequest: app.authorize('supplies.read'),
    },
    async (request) => ({ distribution: await distributions.get(request.params.id) }),
  );

  app.put(
    '/api/supplies/distributions/:id',
    {
      schema: {
        tags,
        summary: 'Change a planned distribution',
        params: idParamsSchema,
        body: updateDistributionBodySchema,
        response: answers,
      },
      onRequest: app.authorize('supplies.write'),
    },
    async (request) => ({ distribution: await distributions.update(request.params.id, request.body) }),
  );

  app.post(
    '/api/supplies/distributions/:id/pack',
    step('Pack: reserve the stock of the list', distributionVersionBodySchema),
    async (request) => ({
      distribution: await flow.pack(request.params.id, request.body.version),
    }),
  );

  app.post(
    '/api/supplies/distributions/:id/distribute',
    step('Mark handed out: the packed stock leaves; record people served by group', distributeBodySchema),
    async (request) => ({
      distribution: await flow.distribute(
        actorOf(request),
        request.params.id,
        request.body,
        requestKeyOf(request),
      ),
    }),
  );

  app.post(
    '/api/supplies/distributions/:id/returns',
    step('Count back what returned (re-enters stock) and close', distributionReturnsBodySchema),
    async (request) => ({
      distribution: await flow.returns(
        actorOf(request),
        request.params.id,
        request.body,
        requestKeyOf(request),
      ),
    }),
  );

  app.post(
    '/api/supplies/distributions/:id/cancel',
    step('Cancel before it leaves (packed stock is released)', distributionVersionBodySchema),
    async (request) => ({
      distribution: await flow.cancel(request.params.id, request.body.version),
    }),
  );
};

export default distributionsRoutes;
