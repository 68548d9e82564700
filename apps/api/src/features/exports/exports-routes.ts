import {
  incidentExportQuerySchema,
  incidentFilterSchema,
  incidentStatsResponseSchema,
} from '@vigil/contracts';
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { KeyRing } from '../../lib/secrets';
import { createExportService } from './export-service';
import { createStatsService } from './incident-stats';

const tags = ['incidents'];

/** Exports are downloads, never cached on the device (they may hold personal data). */
function sendExport(reply: FastifyReply, body: Readable, type: string, extension: string) {
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="vigil-incidents-${day}.${extension}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { incidents, vocabularies, audit } = app.services;
  const stats = createStatsService(app.db, incidents, vocabularies);
  const exports = createExportService(
    app.db,
    new KeyRing(app.config.MASTER_KEY),
    incidents,
    vocabularies,
    audit,
  );

  app.get(
    '/api/incidents/stats',
    {
      schema: {
        tags,
        summary:
          'Counts of the incidents matching a filter: by act type, force, month, site, commune; RIO rate',
        querystring: incidentFilterSchema,
        response: { 200: incidentStatsResponseSchema, ...errorResponses(400, 401, 403) },
      },
      onRequest: app.authorize('incidents.read'),
    },
    async (request) => ({ stats: await stats.forFilter(actorOf(request), request.query) }),
  );

  app.get(
    '/api/incidents/export.csv',
    {
      schema: {
        tags,
        summary:
          'Every incident matching a filter as CSV, one row each, streamed (identities redacted unless includeIdentities=true)',
        querystring: incidentExportQuerySchema,
        response: errorResponses(400, 401, 403),
      },
      onRequest: app.authorize('reports.export'),
    },
    async (request, reply) =>
      sendExport(reply, await exports.csv(actorOf(request), request.query), 'text/csv; charset=utf-8', 'csv'),
  );

  app.get(
    '/api/incidents/export.json',
    {
      schema: {
        tags,
        summary:
          'Every incident matching a filter as a JSON array of detail records, streamed (identities redacted by default)',
        querystring: incidentExportQuerySchema,
        response: errorResponses(400, 401, 403),
      },
      onRequest: app.authorize('reports.export'),
    },
    async (request, reply) =>
      sendExport(
        reply,
        await exports.json(actorOf(request), request.query),
        'application/json; charset=utf-8',
        'json',
      ),
  );
};

export default exportsRoutes;
