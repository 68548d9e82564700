/**
 * The baseline of `npm run bench:load`: Fastify and a pg Pool answering the load mix with the SQL the
 * API's repositories send for those requests, and nothing else. No sessions (the acting user comes
 * from the x-bench-as header), no permission checks, no zod per request, no Prisma engine, no audit entries, no
 * Idempotency-Key records, no rate limit, no security headers. Reads run the API's own SQL builders
 * through a `$queryRaw` over pg (bare-db.ts); writes the same rows (bare-writes.ts). Started by
 * run.ts with DATABASE_URL, BARE_PORT, BARE_COORDINATOR_ID and BARE_CASEWORKER_ID.
 */
import { type IncidentFilter, caseListQuerySchema, stockOverviewQuerySchema } from '@vigil/contracts';
import Fastify, { type FastifyRequest } from 'fastify';
import pg from 'pg';
import { listCases } from '../../apps/api/src/features/casework/cases/case-list';
import {
  evictionConditions,
  evictionVisibility,
} from '../../apps/api/src/features/evictions/eviction-filter-sql';
import { listEvictionRows } from '../../apps/api/src/features/evictions/evictions-repository';
import { copyCsvLines } from '../../apps/api/src/features/exports/copy-stream';
import { recordExportedCounting } from '../../apps/api/src/features/exports/export-custody';
import { INCIDENT_CSV_HEADER, incidentCsvSelect } from '../../apps/api/src/features/exports/csv-sql';
import { incidentConditions } from '../../apps/api/src/features/incidents/incident-filter-sql';
import { listIncidentRows } from '../../apps/api/src/features/incidents/incident-repository';
import { searchCases } from '../../apps/api/src/features/search/search-cases';
import { searchEvictions } from '../../apps/api/src/features/search/search-evictions';
import { searchIncidents } from '../../apps/api/src/features/search/search-incidents';
import { searchSites } from '../../apps/api/src/features/search/search-sites';
import { searchSupplies } from '../../apps/api/src/features/search/search-supplies';
import { prefixPattern } from '../../apps/api/src/features/search/search-text';
import { stockOverview } from '../../apps/api/src/features/supplies/stock/stock-queries';
import { withDescendants } from '../../apps/api/src/features/vocabularies/vocabularies-repository';
import type { Actor } from '../../apps/api/src/lib/actor';
import { rawDb } from './bare-db';
import { INCIDENT_DETAIL, appendEvictionLog, createIncident, receiveStock } from './bare-writes';

const env = (name: string) => process.env[name] ?? '';
const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: 10 });
const copyPool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: 4 });
const db = rawDb(pool);
const actors: Record<string, Actor> = {
  coordinator: { userId: env('BARE_COORDINATOR_ID'), role: 'coordinator', sessionId: '', requestId: '' },
  caseworker: { userId: env('BARE_CASEWORKER_ID'), role: 'caseworker', sessionId: '', requestId: '' },
  // bench:incidents compares the list with the API's as a lawyer sees it.
  lawyer: { userId: env('BARE_LAWYER_ID'), role: 'lawyer', sessionId: '', requestId: '' },
};
const actorOf = (request: FastifyRequest) =>
  actors[String(request.headers['x-bench-as'])] ?? actors.coordinator!;
const visibility = (actor: Actor) => ({ userId: actor.userId, allDrafts: actor.role === 'coordinator' });

type Query = Record<string, string | undefined>;
const SCALARS = new Set(['from', 'to', 'q', 'sort', 'cursor', 'limit']);
/** The list's query string as the shared filter: repeatable fields become arrays (zod does this in the API). */
const filterOf = (query: Query) =>
  Object.fromEntries(Object.entries(query).map(([k, v]) => [k, SCALARS.has(k) ? v : [v]])) as IncidentFilter;

// The contracts' defaults for the two lists called without parameters, worked out once at start
// (per request the bare server parses nothing): the repositories rely on every defaulted field.
const STOCK_QUERY = stockOverviewQuerySchema.parse({});
const CASES_QUERY = caseListQuerySchema.parse({ scope: 'mine' });

const app = Fastify({ logger: false });

app.get('/api/incidents', async (request) => {
  const filter = filterOf(request.query as Query);
  const actTypeIds = await withDescendants(db, filter.actTypeId ?? []);
  const rows = await listIncidentRows(
    db,
    incidentConditions(filter, actTypeIds, visibility(actorOf(request))),
    'start_desc',
    null,
    51,
  );
  return { incidents: rows.slice(0, 50) };
});

app.get('/api/incidents/:id', async (request) => ({
  incident: (await pool.query(INCIDENT_DETAIL, [(request.params as { id: string }).id])).rows[0],
}));

app.get('/api/sites', async () => ({
  sites: (
    await pool.query(`SELECT s.*, p.at AS population_at, p.people FROM sites s
      LEFT JOIN LATERAL (SELECT at, people FROM population_snapshots WHERE site_id = s.id ORDER BY at DESC LIMIT 1) p ON true
      ORDER BY s.commune, s.name`)
  ).rows,
}));

app.get('/api/supplies/stock', async () => stockOverview(db, STOCK_QUERY));

app.get('/api/evictions', async (request) => {
  const where = evictionConditions({}, evictionVisibility(actorOf(request)));
  return { evictions: (await listEvictionRows(db, where, 'start_desc', null, 51)).slice(0, 50) };
});

app.get('/api/cases', async (request) => listCases(db, actorOf(request), CASES_QUERY));

app.get('/api/search', async (request) => {
  const actor = actorOf(request);
  const q = (request.query as Query).q ?? '';
  const [sites, incidents, evictions, supplies, cases, people] = await Promise.all([
    searchSites(db, q, 5),
    searchIncidents(db, visibility(actor), q, 5),
    searchEvictions(db, evictionVisibility(actor), q, 5),
    searchSupplies(db, q, 5),
    searchCases(db, actor, q, 5),
    // The coordinator reaches everyone: the API's first round of candidates is the whole answer.
    pool.query(
      `SELECT p.id::text, p.alias FROM people p WHERE lower(p.alias) LIKE lower($1)
       ORDER BY lower(p.alias) USING ~<~, p.id LIMIT 100`,
      [prefixPattern(q)],
    ),
  ]);
  return { groups: { sites, incidents, evictions, supplies, cases, people: people.rows.slice(0, 5) } };
});

app.get('/api/incidents/export.csv', async (request, reply) => {
  const actor = actorOf(request);
  const where = incidentConditions(filterOf(request.query as Query), [], visibility(actor));
  await recordExportedCounting(db, where, {
    actorId: actor.userId,
    requestId: request.id,
    note: 'CSV export',
  });
  reply.type('text/csv; charset=utf-8');
  return copyCsvLines(copyPool, incidentCsvSelect(where), INCIDENT_CSV_HEADER);
});

app.post('/api/incidents', async (request) => ({
  incident: await createIncident(
    pool,
    actorOf(request).userId,
    request.body as Parameters<typeof createIncident>[2],
  ),
}));

app.post('/api/supplies/receipts', async (request) => {
  const key = request.headers['idempotency-key'];
  const body = request.body as Parameters<typeof receiveStock>[3];
  return {
    operation: await receiveStock(
      pool,
      actorOf(request).userId,
      // The fingerprint is the application layer's work; the bare server stores the key alone.
      typeof key === 'string' ? { key, requestHash: '', replayed: false } : null,
      body,
    ),
  };
});

app.post('/api/evictions/:id/log', async (request) => ({
  eviction: await appendEvictionLog(
    pool,
    actorOf(request).userId,
    (request.params as { id: string }).id,
    request.body as Parameters<typeof appendEvictionLog>[3],
  ),
}));

app.get('/healthz', async () => ({ ok: (await pool.query('SELECT 1')).rowCount === 1 }));

app.listen({ host: '127.0.0.1', port: Number(env('BARE_PORT')) }).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
process.once('SIGTERM', () => {
  void app.close().then(() => Promise.all([pool.end(), copyPool.end()]).then(() => process.exit(0)));
});
