import {
  caseworkStaffResponseSchema,
  handoverBodySchema,
  handoverResponseSchema,
  workloadResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { handOver } from './casework-handover';
import { workload } from './casework-workload';

const tags = ['casework'];
const STAFF_ROLES = ['caseworker', 'coordinator', 'lawyer'] as const;

/** Coordinators' view of the team: who carries what, and handing a departing member's cases over. */
const caseworkTeamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/casework/handover',
    {
      schema: {
        tags,
        summary: 'Hand a member’s cases in progress and their open deadlines to someone else',
        body: handoverBodySchema,
        response: { 200: handoverResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('cases.manage_all'),
      config: { idempotent: true },
    },
    async (request) => handOver(app.db, actorOf(request), request.body),
  );

  app.get(
    '/api/casework/workload',
    {
      schema: {
        tags,
        summary: 'Open cases, overdue deadlines and deadlines due within 7 days per member',
        response: { 200: workloadResponseSchema, ...errorResponses(401, 403) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async () => workload(app.db),
  );

  app.get(
    '/api/casework/staff',
    {
      schema: {
        tags,
        summary:
          'Active caseworkers, coordinators and lawyers, to assign, hand over to or name on an access list',
        response: { 200: caseworkStaffResponseSchema, ...errorResponses(401, 403) },
      },
      onRequest: app.authorize('cases.manage_all'),
    },
    async () => ({
      staff: await app.db.user.findMany({
        where: { status: 'active', role: { in: [...STAFF_ROLES] } },
        select: { id: true, displayName: true, role: true },
        orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
      }),
    }),
  );
};

export default caseworkTeamRoutes;
