import {
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  okResponseSchema,
  recoveryCodesResponseSchema,
  totpCodeBodySchema,
  totpSetupResponseSchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, authOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { toMeView } from './me-view';

const tags = ['auth'];
const enrolment = { duringEnrolment: true };

const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { login, totp, account, settings } = app.services;
  const mfaRequired = async (user: Parameters<typeof settings.requiresMfa>[0]) =>
    settings.requiresMfa(user, await settings.get());

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in with email, password and (when enrolled) a TOTP or recovery code',
        security: [],
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...errorResponses(400, 401, 403, 423, 429) },
      },
      onRequest: app.authorize('public'),
      config: { rateLimit: { max: app.config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
    },
    async (request) => {
      const { token, session, user } = await login.login({
        ...request.body,
        clientAddress: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
      });
      return { token, ...toMeView(user, session, await mfaRequired(user)) };
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: { tags, summary: 'The signed-in user, session and permissions', response: { 200: meResponseSchema, ...errorResponses(401) } },
      onRequest: app.authorize('authenticated', enrolment),
    },
    async (request) => {
      const { user, session } = authOf(request);
      return toMeView(user, session, await mfaRequired(user));
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags, summary: 'End the current session', response: { 200: okResponseSchema, ...errorResponses(401) } },
      onRequest: app.authorize('authenticated', enrolment),
    },
    async (request) => {
      await account.logout(actorOf(request));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app',
        response: { 200: totpSetupResponseSchema, ...errorResponses(401, 409) },
      },
      onRequest: app.authorize('authenticated', enrolment),
    },
    async (request) => totp.setup(actorOf(request)),
  );

  app.post(
    '/api/auth/totp/verify',
    {
      schema: {
        tags,
        summary: 'Confirm enrolment with a first code; returns one-time recovery codes',
        body: totpCodeBodySchema,
        response: { 200: recoveryCodesResponseSchema, ...errorResponses(400, 401, 409) },
      },
      onRequest: app.authorize('authenticated', enrolment),
    },
    async (request) => ({ recoveryCodes: await totp.verify(actorOf(request), request.body.code) }),
  );

  app.post(
    '/api/auth/totp/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Replace the recovery codes (needs a current code)',
        body: totpCodeBodySchema,
        response: { 200: recoveryCodesResponseSchema, ...errorResponses(400, 401, 409) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => ({ recoveryCodes: await totp.regenerateRecoveryCodes(actorOf(request), request.body.code) }),
  );

  app.post(
    '/api/auth/totp/disable',
    {
      schema: {
        tags,
        summary: 'Turn off two-factor authentication where the role allows it',
        body: totpCodeBodySchema,
        response: { 200: okResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('authenticated'),
    },
    async (request) => {
      await totp.disable(actorOf(request), request.body.code);
      return { ok: true as const };
    },
  );
};

export default authRoutes;
