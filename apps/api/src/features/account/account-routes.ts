import {
  acceptInviteBodySchema,
  changePasswordBodySchema,
  idParamsSchema,
  okResponseSchema,
  revokedCountResponseSchema,
  sessionListResponseSchema,
  updateProfileBodySchema,
  userResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { toSessionView } from '../sessions/session-view';
import { toUserView } from '../users/user-view';

const tags = ['account'];

const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { account } = app.services;

  app.post(
    '/api/auth/invites/accept',
    {
      schema: {
        tags,
        summary: 'Set a password from an invitation or reset link',
        security: [],
        body: acceptInviteBodySchema,
        response: { 200: okResponseSchema, ...errorResponses(400) },
      },
      onRequest: app.authorize('public'),
      config: { rateLimit: { max: 20, timeWindow: 60_000 } },
    },
    async (request) => {
      await account.acceptInvite(request.body.token, request.body.password, request.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/account/sessions',
    {
      schema: { tags, summary: 'My live sessions', response: { 200: sessionListResponseSchema, ...errorResponses(401) } },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => {
      const actor = actorOf(request);
      const sessions = await account.listSessions(actor);
      return { sessions: sessions.map((session) => toSessionView(session, actor.sessionId)) };
    },
  );

  app.delete(
    '/api/account/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Sign out one of my sessions',
        params: idParamsSchema,
        response: { 200: okResponseSchema, ...errorResponses(401, 404) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => {
      await account.revokeSession(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/account/sessions/revoke-all',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere, this device included',
        response: { 200: revokedCountResponseSchema, ...errorResponses(401) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => ({ revoked: await account.revokeAllSessions(actorOf(request)) }),
  );

  app.patch(
    '/api/account/profile',
    {
      schema: {
        tags,
        summary: 'Change my display name or language',
        body: updateProfileBodySchema,
        response: { 200: userResponseSchema, ...errorResponses(400, 401) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => ({ user: toUserView(await account.updateProfile(actorOf(request), request.body)) }),
  );

  app.post(
    '/api/account/password',
    {
      schema: {
        tags,
        summary: 'Change my password; my other sessions are signed out',
        body: changePasswordBodySchema,
        response: { 200: okResponseSchema, ...errorResponses(400, 401) },
      },
      onRequest: app.authorize('authenticated'),
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (request) => {
      await account.changePassword(actorOf(request), request.body.currentPassword, request.body.newPassword);
      return { ok: true as const };
    },
  );
};

export default accountRoutes;
