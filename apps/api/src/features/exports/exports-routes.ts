import {
  evictionExportQuerySchema,
  incidentExportQuerySchema,
  incidentFilterSchema,
  incidentStatsResponseSchema,
} from '@vigil/contracts';
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import pg from 'pg';
import type { z } from 'zod';
import { type Actor, actorOf } from '../../lib/actor';
import { errorResponses } from '../../lib/route-schema';
import { KeyRing } from '../../lib/secrets';
import { createEvictionExportService } from './eviction-export-service';
import { createExportService } from './export-service';
import { createStatsService } from './incident-stats';

const tags = ['incidents'];

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Exports are downloads, never cached on the device (they may hold personal data). */
function sendExport(reply: FastifyReply, body: Readable, format: string, records: string) {
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-type', TYPES[format] ?? 'application/octet-stream')
    .header('content-disposition', `attachment; filename="vigil-${records}-${day}.${format}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { incidents, vocabularies, audit } = app.services;
  const stats = createStatsService(app.db, incidents, vocabularies);
  // COPY needs a plain pg connection; a few are enough (exports are rare and each holds one). Their
  // queries sort and hash a whole selection at once: more memory per operation keeps that off disk.
  const copyPool = new pg.Pool({
    connectionString: app.config.DATABASE_URL,
    max: 4,
    idleTimeoutMillis: 30_000,
    options: '-c work_mem=64MB',
  });
  copyPool.on('error', (err) => app.log.warn({ err: err.message }, 'export connection lost'));
  app.addHook('onClose', () => copyPool.end());
  const keys = new KeyRing(app.config.MASTER_KEY);
  const exports = createExportService(app.db, copyPool, keys, incidents, vocabularies, audit);
  const evictionExports = createEvictionExportService({ db: app.db, copyPool, keys, incidents, audit });
  const exporter = app.authorize('reports.export');

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

  /** A streamed, audited export: `/api/<records>/export.<csv|json>`, its file named after both. */
  function exportRoute<S extends z.ZodType>(
    url: `/api/${string}/export.${'csv' | 'json'}`,
    summary: string,
    querystring: S,
    produce: (actor: Actor, query: z.output<S>) => Promise<Readable>,
  ) {
    const [, records = 'records', format = 'csv'] = /^\/api\/(\w+)\/export\.(csv|json)$/.exec(url) ?? [];
    app.get(
      url,
      {
        schema: { tags: [records], summary, querystring, response: errorResponses(400, 401, 403) },
        onRequest: exporter,
      },
      async (request, reply) =>
        sendExport(reply, await produce(actorOf(request), request.query as z.output<S>), format, records),
    );
  }

  exportRoute(
    '/api/incidents/export.csv',
    'Every incident matching a filter as CSV, one row each, streamed (identities redacted unless includeIdentities=true)',
    incidentExportQuerySchema,
    exports.csv,
  );
  exportRoute(
    '/api/incidents/export.json',
    'Every incident matching a filter as a JSON array of detail records, streamed (identities redacted by default)',
    incidentExportQuerySchema,
    exports.json,
  );
  exportRoute(
    '/api/evictions/export.csv',
    'Every eviction matching a filter as CSV, one row each, streamed (exact site locations only with includeIdentities=true and sites.read_exact_location); audited',
    evictionExportQuerySchema,
    evictionExports.csv,
  );
  exportRoute(
    '/api/evictions/export.json',
    'Every eviction matching a filter as a JSON array of detail records with their log, linked incidents and files, streamed; members by pseudonym unless includeIdentities=true; audited',
    evictionExportQuerySchema,
    evictionExports.json,
  );
};

export default exportsRoutes;
