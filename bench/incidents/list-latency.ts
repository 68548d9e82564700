import { incidentListQuerySchema } from '@vigil/contracts';
import type { Db } from '@vigil/db';
import pg from 'pg';
import { incidentConditions } from '../../apps/api/src/features/incidents/incident-filter-sql';
import { listIncidentRowsSql } from '../../apps/api/src/features/incidents/incident-repository';
import { withDescendants } from '../../apps/api/src/features/vocabularies/vocabularies-repository';
import { timeRuns } from '../lib/bench-database';
import { getBody } from '../lib/http-client';

/** Ten filters a lawyer or coordinator would actually run. `{code}` is replaced by a term id. */
const FILTERS: [string, string][] = [
  ['newest first, no filter', ''],
  ['one quarter', 'from=2024-01-01&to=2024-03-31'],
  ['one commune', 'commune=Grande-Synthe'],
  ['act type with children', 'actTypeId={chemical_weapons}'],
  ['CRS in one quarter', 'forceId={crs}&from=2025-01-01&to=2025-03-31'],
  ['minors present', 'victimFlag=minor'],
  ['RIO shown', 'rioShown=yes'],
  ['full text "gaz"', 'q=gaz'],
  ['verified first-hand', 'verificationStatus=verified&sourceType=first_hand'],
  [
    'tear gas by CRS at Grande-Synthe, Jan–Mar, minors',
    'actTypeId={chemical_weapons}&forceId={crs}&commune=Grande-Synthe&from=2025-01-01&to=2025-03-31&victimFlag=minor',
  ],
];

/**
 * Each filter over HTTP to the API (its own process), then over HTTP to the bare Fastify + pg server
 * (bench/load/bare-server.ts: the same SQL builders, no session, no checks, no zod: what HTTP itself
 * costs), then its SQL sent bare from here.
 */
export async function benchListLatency(
  db: Db,
  urls: { api: string; bare: string },
  token: string,
  databaseUrl: string,
  runs: number,
) {
  const terms = new Map((await db.vocabularyTerm.findMany()).map((t) => [t.code, t.id]));
  const bare = new pg.Client({ connectionString: databaseUrl });
  await bare.connect();
  const results = [];
  try {
    for (const [name, template] of FILTERS) {
      const query = template.replace(/\{(\w+)\}/g, (_m, code: string) => terms.get(code) ?? code);
      const over = (url: string, headers?: Record<string, string>) =>
        timeRuns(runs, async () => {
          const res = await getBody(`${url}/api/incidents?${query}`, token, headers);
          if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${res.body.toString()}`);
          JSON.parse(res.body.toString());
        });
      const api = await over(urls.api);
      const http = await over(urls.bare, { 'x-bench-as': 'lawyer' });
      const parsed = incidentListQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
      const actTypeIds = await withDescendants(db, parsed.actTypeId ?? []);
      const sql = listIncidentRowsSql(
        incidentConditions(parsed, actTypeIds, {
          userId: '00000000-0000-4000-8000-000000000000',
          allDrafts: false,
        }),
        parsed.sort,
        null,
        parsed.limit + 1,
      );
      const direct = await timeRuns(runs, () => bare.query(sql.text, sql.values as unknown[]));
      results.push({
        filter: name,
        apiP50: api.p50,
        apiP95: api.p95,
        httpP50: http.p50,
        httpP95: http.p95,
        sqlP50: direct.p50,
        sqlP95: direct.p95,
      });
    }
  } finally {
    await bare.end();
  }
  return results;
}
