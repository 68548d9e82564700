import {
  createUserBodySchema,
  createUserResponseSchema,
  idParamsSchema,
  inviteSchema,
  okResponseSchema,
  revokedCountResponseSchema,
  sessionListResponseSchema,
  updateUserBodySchema,
  userListResponseSchema,
  userResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { toSessionView } from '../sessions/session-view';
import { toUserView } from './user-view';

const tags = ['administration'];
const inviteResponseSchema = z.object({ invite: inviteSchema });

const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { users } = app.services;
  const manage = app.authorize('users.manage');

  app.get(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'All accounts',
        response: { 200: userListResponseSchema, ...errorResponses(401, 403) },
      },
      onRequest: manage,
    },
    async (request) => ({ users: (await users.list(actorOf(request))).map((user) => toUserView(user)) }),
  );

  app.post(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'Create an account and an invitation link (valid 72 h) to pass on securely',
        body: createUserBodySchema,
        response: { 200: createUserResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: manage,
    },
    async (request) => {
      const { user, invite } = await users.create(actorOf(request), request.body);
      return { user: toUserView(user), invite };
    },
  );

  app.get(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'One account',
        params: idParamsSchema,
        response: { 200: userResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: manage,
    },
    async (request) => ({ user: toUserView(await users.get(actorOf(request), request.params.id)) }),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name or role, deactivate or reactivate (sessions end on role change)',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: manage,
    },
    async (request) => ({
      user: toUserView(await users.update(actorOf(request), request.params.id, request.body)),
    }),
  );

  app.post(
    '/api/admin/users/:id/invite',
    {
      schema: {
        tags,
        summary: 'A new invitation or password-reset link',
        params: idParamsSchema,
        response: { 200: inviteResponseSchema, ...errorResponses(401, 403, 404, 409) },
      },
      onRequest: manage,
    },
    async (request) => ({ invite: await users.newInvite(actorOf(request), request.params.id) }),
  );

  app.post(
    '/api/admin/users/:id/reset-mfa',
    {
      schema: {
        tags,
        summary: 'Remove the second factor (the user enrols again at next sign-in)',
        params: idParamsSchema,
        response: { 200: okResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: manage,
    },
    async (request) => {
      await users.resetMfa(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/admin/users/:id/unlock',
    {
      schema: {
        tags,
        summary: 'Lift a lockout after failed sign-ins',
        params: idParamsSchema,
        response: { 200: okResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: manage,
    },
    async (request) => {
      await users.unlock(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/users/:id/sessions',
    {
      schema: {
        tags,
        summary: "A user's live sessions",
        params: idParamsSchema,
        response: { 200: sessionListResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: manage,
    },
    async (request) => ({
      sessions: (await users.sessionsOf(request.params.id)).map((s) => toSessionView(s)),
    }),
  );

  app.post(
    '/api/admin/users/:id/sessions/revoke-all',
    {
      schema: {
        tags,
        summary: "End all of a user's sessions",
        params: idParamsSchema,
        response: { 200: revokedCountResponseSchema, ...errorResponses(401, 403, 404) },
      },
      onRequest: manage,
    },
    async (request) => ({ revoked: await users.revokeSessionsOf(actorOf(request), request.params.id) }),
  );
};

export default usersRoutes;
