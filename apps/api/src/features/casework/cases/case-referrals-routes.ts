import {
  createReferralBodySchema,
  idParamsSchema,
  referralParamsSchema,
  referralResponseSchema,
  updateReferralBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../../lib/actor';
import { errorResponses } from '../../../lib/route-schema';
import { createReferral, updateReferral } from './case-referrals';

const tags = ['casework'];

const caseReferralsRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.db, vault: app.vault };

  app.post(
    '/api/cases/:id/referrals',
    {
      schema: {
        tags,
        summary: 'Refer a case to a partner; sharing personal data needs the person’s consent',
        params: idParamsSchema,
        body: createReferralBodySchema,
        response: { 200: referralResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('cases.write'),
      config: { idempotent: true },
    },
    async (request) => ({
      referral: await createReferral(deps, actorOf(request), request.params.id, request.body),
    }),
  );

  app.patch(
    '/api/cases/:id/referrals/:referralId',
    {
      schema: {
        tags,
        summary: 'Follow a referral: sent, accepted, declined, closed',
        params: referralParamsSchema,
        body: updateReferralBodySchema,
        response: { 200: referralResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('cases.write'),
    },
    async (request) => {
      const { id, referralId } = request.params;
      return {
        referral: await updateReferral(deps, actorOf(request), { caseId: id, referralId }, request.body),
      };
    },
  );
};

export default caseReferralsRoutes;
