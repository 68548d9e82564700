import {
  emergencyLockBodySchema,
  instanceSettingsSchema,
  revokedCountResponseSchema,
  updateSettingsBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';

const tags = ['administration'];

const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { settings } = app.services;

  app.get(
    '/api/admin/settings',
    {
      schema: { tags, summary: 'Instance settings', response: { 200: instanceSettingsSchema, ...errorResponses(401, 403) } },
      onRequest: app.authorize('settings.manage'),
    },
    async () => settings.get(),
  );

  app.patch(
    '/api/admin/settings',
    {
      schema: {
        tags,
        summary: 'Choose which roles must use two-factor authentication, and how long casework data is kept',
        body: updateSettingsBodySchema,
        response: { 200: instanceSettingsSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('settings.manage'),
    },
    async (request) => settings.update(actorOf(request), request.body),
  );

  app.post(
    '/api/admin/emergency-lock',
    {
      schema: {
        tags,
        summary: 'Emergency lock: end every session on the instance and require 2FA at next sign-in',
        body: emergencyLockBodySchema,
        response: { 200: revokedCountResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('instance.lock'),
    },
    async (request) => ({ revoked: await settings.emergencyLock(actorOf(request)) }),
  );

  app.delete(
    '/api/admin/emergency-lock',
    {
      schema: { tags, summary: 'Lift the emergency lock', response: { 200: instanceSettingsSchema, ...errorResponses(401, 403) } },
      onRequest: app.authorize('settings.manage'),
    },
    async (request) => settings.liftEmergencyLock(actorOf(request)),
  );
};

export default settingsRoutes;
