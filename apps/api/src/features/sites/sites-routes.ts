import {
  createSiteBodySchema,
  idParamsSchema,
  populationSnapshotBodySchema,
  updateSiteBodySchema,
  siteListQuerySchema,
  siteListResponseSchema,
  siteResponseSchema,
  siteStatusChangeBodySchema,
} from '@vigil/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { createSitesService } from './sites-service';

const tags = ['sites'];

const sitesRoutes: FastifyPluginAsyncZod = async (app) => {
  const sites = createSitesService(app.db, app.services.audit, app.services.incidents);

  app.get(
    '/api/sites',
    {
      schema: {
        tags,
        summary: 'The site registry (commune and area only; no exact locations)',
        querystring: siteListQuerySchema,
        response: { 200: siteListResponseSchema, ...errorResponses(400, 401) },
      },
      onRequest: app.authorize('sites.read'),
    },
    async (request) => ({ sites: await sites.list(request.query) }),
  );

  app.post(
    '/api/sites',
    {
      schema: {
        tags,
        summary: 'Register a site',
        body: createSiteBodySchema,
        response: { 200: siteResponseSchema, ...errorResponses(400, 401, 403, 409) },
      },
      onRequest: app.authorize('sites.write'),
      config: { idempotent: true },
    },
    async (request) => ({ site: await sites.create(actorOf(request), request.body) }),
  );

  app.get(
    '/api/sites/:id',
    {
      schema: {
        tags,
        summary:
          'A site with its status history, population estimates and, for readers of each, its latest evictions and incidents; exact location only for coordinators',
        params: idParamsSchema,
        response: { 200: siteResponseSchema, ...errorResponses(400, 401, 404) },
      },
      onRequest: app.authorize('sites.read'),
    },
    async (request) => ({ site: await sites.get(actorOf(request), request.params.id) }),
  );

  app.put(
    '/api/sites/:id',
    {
      schema: {
        tags,
        summary: 'Update a site',
        params: idParamsSchema,
        body: updateSiteBodySchema,
        response: { 200: siteResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
      onRequest: app.authorize('sites.write'),
    },
    async (request) => ({ site: await sites.update(actorOf(request), request.params.id, request.body) }),
  );

  app.post(
    '/api/sites/:id/status',
    {
      schema: {
        tags,
        summary: 'Record a status transition (dated, attributed, never rewritten)',
        params: idParamsSchema,
        body: siteStatusChangeBodySchema,
        response: { 200: siteResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('sites.write'),
    },
    async (request) => ({
      site: await sites.changeStatus(actorOf(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/api/sites/:id/population',
    {
      schema: {
        tags,
        summary: 'Record a dated headcount estimate (counts only)',
        params: idParamsSchema,
        body: populationSnapshotBodySchema,
        response: { 200: siteResponseSchema, ...errorResponses(400, 401, 403, 404) },
      },
      onRequest: app.authorize('sites.write'),
    },
    async (request) => ({
      site: await sites.addPopulation(actorOf(request), request.params.id, request.body),
    }),
  );
};

export default sitesRoutes;
