import {
  caseListQuerySchema,
  caseListResponseSchema,
  caseResponseSchema,
  createCaseBodySchema,
  idParamsSchema,
  updateCaseBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { caseDetail } from './case-detail';
import { listCases } from './case-list';
import { openCase } from './case-open';
import { updateCase } from './case-update';

const tags = ['casework'];

const casesRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.db, vault: app.vault };

  app.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'My cases, or every case I may reach: aliases and coded fields only, keyset pages',
        querystring: caseListQuerySchema,
        response: { 200: caseListResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => listCases(app.db, actorOf(request), request.query),
  );

  app.post(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Open a case for a registered person or for someone registered with it',
        body: createCaseBodySchema,
        response: { 200: caseResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
      config: { idempotent: true },
    },
    async (request) => {
      const actor = actorOf(request);
      // The answer is stored for retries: it carries no sealed text (read the case to see them).
      return { case: await caseDetail(deps, actor, await openCase(deps, actor, request.body), false) };
    },
  );

  app.get(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'A case; its sealed texts only for readers of the person’s personal data (audited)',
        params: idParamsSchema,
        response: { 200: caseResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => ({ case: await caseDetail(deps, actorOf(request), request.params.id) }),
  );

  app.patch(
    '/api/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change a case: status and outcome, texts, lawyer, interpreter (field-level history)',
        params: idParamsSchema,
        body: updateCaseBodySchema,
        response: { 200: caseResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => {
      const actor = actorOf(request);
      await updateCase(deps, actor, request.params.id, request.body);
      return { case: await caseDetail(deps, actor, request.params.id) };
    },
  );
};

export default casesRoutes;
