/**
 * `npm run bench:overview`: the demo data (`npm start`'s seed) in an embedded PostgreSQL of its own
 * (.data/bench-overview, port 54361, or BENCH_OVERVIEW_DATABASE_URL), then p50/p95 over BENCH_RUNS
 * runs (50) of GET /api/overview for each demo account, timed in process with app.inject (server
 * time, no network), with the API's CPU time per request. Target: p95 under 300 ms.
 *
 * The demo data's dates are relative to the day it is seeded ("due this week", "today"), so the
 * embedded database is seeded again when its seed is more than a day old, or with `-- --fresh`.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadApiEnv } from '@vigil/config';
import { OVERVIEW_LAYOUT, type Role } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/api/src/app';
import { DEMO_USERS, seedDemo } from '../../prisma/seed';
import { loadLocalSecrets, localKeyEnv } from '../../scripts/lib/local-secrets';
import {
  ROOT,
  createDatabase,
  dropDatabase,
  migrate,
  withClient,
  withDatabase,
} from '../../scripts/lib/postgres';
import { getter } from '../evictions/measure';
import { runBench } from '../lib/bench-app';
import { benchDatabase, timeRuns } from '../lib/bench-database';
import { benchToken } from '../lib/bench-session';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const TARGET_MS = 300;
const TIME_ZONE = 'Europe/Paris';
const DATABASE = 'vigil_bench_overview';
const FOLDER = 'bench-overview';
const DAY_MS = 86_400_000;
const log = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(1).padStart(8);

/** When the demo data was seeded, if it was. */
async function seededAt(url: string): Promise<Date | null> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ at: string }>(
      `SELECT value #>> '{}' AS at FROM instance_settings WHERE key = 'demo_seeded_at'`,
    ),
  );
  return rows[0] ? new Date(rows[0].at) : null;
}

/** Drops and recreates the embedded benchmark database when its demo data is missing its "today". */
async function freshDatabase(url: string): Promise<void> {
  const at = await seededAt(url);
  const stale = at !== null && (process.argv.includes('--fresh') || Date.now() - at.getTime() > DAY_MS);
  if (!stale || process.env.BENCH_OVERVIEW_DATABASE_URL) return;
  log(`Demo data seeded ${at.toISOString()}: seeding it again for today.`);
  const admin = withDatabase(url, 'postgres');
  await dropDatabase(admin, DATABASE);
  await createDatabase(admin, DATABASE);
  await migrate(url);
}

async function measure(app: FastifyInstance) {
  const get = getter(app);
  const url = `/api/overview?timeZone=${encodeURIComponent(TIME_ZONE)}`;
  const [counts] = await app.db.$queryRawUnsafe<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM incidents) AS incidents, (SELECT count(*)::int FROM evictions) AS evictions,
            (SELECT count(*)::int FROM stock_movements) AS movements, (SELECT count(*)::int FROM cases) AS cases,
            (SELECT count(*)::int FROM case_deadlines) AS deadlines`,
  );
  log(
    `Demo data: ${Object.entries(counts!)
      .map(([name, n]) => `${n} ${name}`)
      .join(', ')}; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`,
  );
  log(`\nGET ${url} through app.inject, ${RUNS} runs per account (ms):`);
  log(`${'account'.padEnd(44)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'CPU/req'.padStart(8)}`);
  const seen = new Set<Role>();
  let worst = 0;
  for (const user of DEMO_USERS) {
    if (seen.has(user.role)) continue;
    seen.add(user.role);
    const token = await benchToken(app, user.role, user.email);
    const cpu = process.cpuUsage();
    const result = await timeRuns(RUNS, () => get(url, token));
    const used = process.cpuUsage(cpu);
    const cpuPerRequest = (used.user + used.system) / 1000 / (RUNS + 3);
    worst = Math.max(worst, result.p95);
    const name = `${user.role} (${OVERVIEW_LAYOUT[user.role].length} blocks)`;
    log(
      `${name.padEnd(44)} ${ms(result.p50)} ${ms(result.p95)} ${ms(cpuPerRequest)}   ${result.p95 < TARGET_MS ? 'ok' : 'OVER'} (p95 < ${TARGET_MS} ms)`,
    );
  }
  log(`\nSlowest p95: ${worst.toFixed(1)} ms (target ${TARGET_MS} ms).`);
}

runBench(async () => {
  const { url, stop } = await benchDatabase({
    urlVariable: 'BENCH_OVERVIEW_DATABASE_URL',
    folder: FOLDER,
    port: Number(process.env.BENCH_OVERVIEW_PG_PORT ?? 54361),
    database: DATABASE,
  });
  try {
    // The benchmark's own keys, kept beside its data: the seed seals casework as the API opens it.
    const keys = localKeyEnv(loadLocalSecrets(join(ROOT, '.data', FOLDER, 'secrets.json')), {});
    await freshDatabase(url);
    const started = Date.now();
    if (await seedDemo(url, keys))
      log(`Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    const app = await buildApp({
      env: loadApiEnv({
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: url,
        ...keys,
        RATE_LIMIT_PER_MINUTE: '10000000',
        EVIDENCE_DIR: `.data/${FOLDER}/evidence`,
      }),
    });
    try {
      await app.ready();
      await measure(app);
    } finally {
      await app.close();
    }
  } finally {
    await stop();
  }
});
