import { evictionListQuerySchema } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { Prisma } from '@vigil/db';
import pg from 'pg';
import {
  evictionConditionList,
  evictionConditions,
} from '../../apps/api/src/features/evictions/eviction-filter-sql';
import { evictionStatsSql } from '../../apps/api/src/features/evictions/eviction-stats-sql';
import { listEvictionRowsSql } from '../../apps/api/src/features/evictions/evictions-repository';
import { percentile, timeRuns } from '../lib/bench-database';

export interface Timing {
  name: string;
  p50: number;
  p95: number;
  sqlP50?: number;
  sqlP95?: number;
}

/** GET through the whole app (routing, auth, validation, serialisation), without a socket. */
export function getter(app: FastifyInstance) {
  return async (url: string, token: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body.slice(0, 300)}`);
    return res;
  };
}

/**
 * Filters a lawyer or coordinator would run on the eviction list; `{crs}` is replaced by the CRS
 * term id, `{site}` by the busiest site.
 */
const FILTERS: [string, string][] = [
  ['newest first, no filter', ''],
  ['one site (the busiest)', 'siteId={site}'],
  ['Grande-Synthe, one quarter', 'commune=Grande-Synthe&from=2025-01-01&to=2025-03-31'],
  ['CRS present, no order shown', 'forceId={crs}&legalBasis=none_shown'],
  ['with linked incidents', 'hasIncidents=true'],
  ['property destroyed, Calais, 2024', 'propertyDestroyed=true&commune=Calais&from=2024-01-01&to=2024-12-31'],
  ['my records, oldest first (observer)', 'mine=true&sort=start_asc'],
  ['submitted, awaiting review', 'status=submitted'],
];

export async function benchList(
  app: FastifyInstance,
  databaseUrl: string,
  tokens: { lawyer: string; observer: string },
  observerId: string,
  ids: { site: string; crs: string },
  runs: number,
): Promise<Timing[]> {
  const get = getter(app);
  const bare = new pg.Client({ connectionString: databaseUrl });
  await bare.connect();
  try {
    const results: Timing[] = [];
    for (const [name, template] of FILTERS) {
      const query = template.replace(/\{(\w+)\}/g, (_m, key: 'site' | 'crs') => ids[key]);
      const mine = query.includes('mine=');
      const api = await timeRuns(runs, () =>
        get(`/api/evictions?${query}`, mine ? tokens.observer : tokens.lawyer),
      );
      const parsed = evictionListQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
      const sql = listEvictionRowsSql(
        evictionConditions(parsed, { userId: observerId, allDrafts: !mine }),
        parsed.sort,
        null,
        parsed.limit + 1,
      );
      const direct = await timeRuns(runs, () => bare.query(sql.text, sql.values as unknown[]));
      results.push({ name, ...api, sqlP50: direct.p50, sqlP95: direct.p95 });
    }
    return results;
  } finally {
    await bare.end();
  }
}

/** Site detail (history, populations, latest evictions and incidents) over the 20 busiest sites. */
export async function benchSiteDetail(
  app: FastifyInstance,
  tokens: { lawyer: string; coordinator: string },
  siteIds: string[],
  runs: number,
): Promise<Timing[]> {
  const get = getter(app);
  // What every signed-in request costs (session lookup and renewal), for scale.
  const results: Timing[] = [
    {
      name: 'baseline: GET /api/auth/me (session only)',
      ...(await timeRuns(runs, () => get('/api/auth/me', tokens.lawyer))),
    },
  ];
  for (const [name, token] of [
    ['site detail, lawyer', tokens.lawyer],
    ['site detail, coordinator (exact location, audited)', tokens.coordinator],
  ] as const) {
    let next = 0;
    results.push({
      name,
      ...(await timeRuns(runs, () => get(`/api/sites/${siteIds[(next += 1) % siteIds.length]}`, token))),
    });
  }
  return results;
}

/** CPU time of a PostgreSQL backend so far (ms), when it runs on this machine (Linux). */
function backendCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * The all-sites statement run bare: wall time, and the CPU time its backend used, which a busy
 * machine inflates much less than the wall time.
 */
async function statementTiming(databaseUrl: string, sql: Prisma.Sql, runs: number): Promise<Timing> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`SET work_mem = '32MB'`);
    const pid = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    const cpu: number[] = [];
    const wall = await timeRuns(runs, async () => {
      const before = backendCpuMs(pid);
      await client.query(sql.text, sql.values as unknown[]);
      const after = backendCpuMs(pid);
      if (before !== undefined && after !== undefined) cpu.push(after - before);
    });
    const measured = cpu.slice(-runs).sort((a, b) => a - b); // without the warm-up runs
    return {
      name: 'all sites, lawyer, statement only (SQL columns: CPU)',
      ...wall,
      ...(measured.length ? { sqlP50: percentile(measured, 50), sqlP95: percentile(measured, 95) } : {}),
    };
  } finally {
    await client.end();
  }
}

/** Interval statistics: all sites through the API and bare, for an observer, one site, one filter. */
export async function benchStats(
  app: FastifyInstance,
  databaseUrl: string,
  tokens: { lawyer: string; observer: string },
  ids: { site: string; crs: string },
  runs: number,
): Promise<Timing[]> {
  const get = getter(app);
  const options = { timeZone: 'Europe/Paris', recentIntervals: 10, timelineLimit: 20 };
  const everyone = { userId: '00000000-0000-4000-8000-000000000000', allDrafts: true };
  const crsNoOrder = `forceId=${ids.crs}&legalBasis=none_shown&from=2025-01-01&to=2025-12-31`;
  const rows: [string, () => Promise<unknown>][] = [
    [
      'all sites, lawyer, API (Europe/Paris months)',
      () => get('/api/evictions/stats?timeZone=Europe/Paris', tokens.lawyer),
    ],
    // Observers see others' submitted records only: a condition, so forces and property are joined.
    ['all sites, observer (drafts rule), API', () => get('/api/evictions/stats', tokens.observer)],
    ['one site (the busiest), API', () => get(`/api/sites/${ids.site}/evictions/stats`, tokens.lawyer)],
    ['CRS, no order shown, 2025, API', () => get(`/api/evictions/stats?${crsNoOrder}`, tokens.lawyer)],
  ];
  const results: Timing[] = [];
  for (const [name, work] of rows) results.push({ name, ...(await timeRuns(runs, work)) });
  const statement = evictionStatsSql(evictionConditionList({}, everyone), options);
  results.splice(1, 0, await statementTiming(databaseUrl, statement, runs));
  return results;
}
