import {
  createDeadlineBodySchema,
  deadlineListResponseSchema,
  deadlineOverviewQuerySchema,
  deadlineOverviewResponseSchema,
  deadlineResponseSchema,
  idParamsSchema,
  updateDeadlineBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createDeadlinesService } from './deadlines-service';

const tags = ['casework'];

const deadlinesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deadlines = createDeadlinesService(app.db);

  app.get(
    '/api/casework/deadlines',
    {
      schema: {
        tags,
        summary: 'Open deadlines overdue and due soon, mine or across every case I reach',
        querystring: deadlineOverviewQuerySchema,
        response: { 200: deadlineOverviewResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => deadlines.overview(actorOf(request), request.query),
  );

  app.get(
    '/api/cases/:id/deadlines',
    {
      schema: {
        tags,
        summary: "A case's deadlines and tasks, soonest first, done ones included",
        params: idParamsSchema,
        response: { 200: deadlineListResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => ({ deadlines: await deadlines.list(actorOf(request), request.params.id) }),
  );

  app.post(
    '/api/cases/:id/deadlines',
    {
      schema: {
        tags,
        summary: 'Add a deadline or task to a case',
        description: 'The assignee must be an active caseworker or lawyer of the case, or a coordinator.',
        params: idParamsSchema,
        body: createDeadlineBodySchema,
        response: { 200: deadlineResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
      config: { idempotent: true },
    },
    async (request) => ({
      deadline: await deadlines.create(actorOf(request), request.params.id, request.body),
    }),
  );

  app.patch(
    '/api/case-deadlines/:id',
    {
      schema: {
        tags,
        summary: 'Change a deadline, or mark it done (done: true) or not done (done: false)',
        params: idParamsSchema,
        body: updateDeadlineBodySchema,
        response: { 200: deadlineResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => ({
      deadline: await deadlines.update(actorOf(request), request.params.id, request.body),
    }),
  );
};

export default deadlinesRoutes;
