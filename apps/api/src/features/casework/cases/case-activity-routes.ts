import {
  caseAssignmentsBodySchema,
  caseFlagParamsSchema,
  caseHistoryResponseSchema,
  caseResponseSchema,
  clearCaseFlagBodySchema,
  idParamsSchema,
  setCaseFlagBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { replaceAssignments } from './case-assignments';
import { caseDetail } from './case-detail';
import { clearCaseFlag, setCaseFlag } from './case-flags';
import { caseHistory } from './case-history';

const tags = ['casework'];

/** Who works on a case, its flags and its history. */
const caseActivityRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.db, vault: app.vault };

  app.put(
    '/api/cases/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Replace the caseworkers of a case',
        params: idParamsSchema,
        body: caseAssignmentsBodySchema,
        response: { 200: caseResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async (request) => {
      const actor = actorOf(request);
      await replaceAssignments(deps, actor, request.params.id, request.body);
      return { case: await caseDetail(deps, actor, request.params.id) };
    },
  );

  app.post(
    '/api/cases/:id/flags',
    {
      schema: {
        tags,
        summary: 'Set a flag ("detention review", "at risk"…) with a reason',
        params: idParamsSchema,
        body: setCaseFlagBodySchema,
        response: { 200: caseResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => {
      const actor = actorOf(request);
      await setCaseFlag(deps, actor, request.params.id, request.body);
      return { case: await caseDetail(deps, actor, request.params.id) };
    },
  );

  app.post(
    '/api/cases/:id/flags/:flagId/clear',
    {
      schema: {
        tags,
        summary: 'Clear a flag with a reason (the flag stays in the record)',
        params: caseFlagParamsSchema,
        body: clearCaseFlagBodySchema,
        response: { 200: caseResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => {
      const actor = actorOf(request);
      await clearCaseFlag(
        deps,
        actor,
        { caseId: request.params.id, flagId: request.params.flagId },
        request.body,
      );
      return { case: await caseDetail(deps, actor, request.params.id) };
    },
  );

  app.get(
    '/api/cases/:id/history',
    {
      schema: {
        tags,
        summary: 'Field-level history of the case and its person (personal values never shown)',
        params: idParamsSchema,
        response: { 200: caseHistoryResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.read'),
    },
    async (request) => caseHistory(app.db, actorOf(request), request.params.id),
  );
};

export default caseActivityRoutes;
